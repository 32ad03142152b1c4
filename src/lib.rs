//! PM Scale-Up: how a product manager's job peels apart into specialist roles as a company grows.
//!
//! The functional core (`scale`, `content`, `model`, `state`) is plain Rust and tested natively.
//! The view (`app`, `components`) renders the same way in the browser and in a native prerender.
//! Browser calls live only in `flip`, `panic` and `platform`, and run only from effects and
//! event handlers.

pub mod app;
pub mod components;
pub mod content;
pub mod custom;
pub mod flip;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod og_image;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod panic;
pub mod platform;
pub mod scale;
pub mod share;
pub mod state;
pub mod url_state;
pub mod words;

pub use app::App;

/// Talc instead of Rust's default WebAssembly allocator (dlmalloc): 2.1 KB smaller brotli, and
/// the browser tests run on it too.
/// (Talc's single-threaded setup, so not for a build with WASM threads.)
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
