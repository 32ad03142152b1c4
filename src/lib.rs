//! PM Scale-Up: how a product manager's job peels apart into specialist roles as a company grows.
//!
//! The functional core (`scale`, `scenario`, `content`, `model`, `fit`, `weigh`, `state`, `notice`,
//! `link`, `custom`, `share`, `host`, `pym`, `picture`, `text`, `format`) is plain Rust and tested
//! natively. The
//! view (`app`, `components`) renders the same way in the browser and in a native prerender, so
//! render functions make no browser calls.
//!
//! The browser is reached from these places only, and only from effects and event handlers:
//! - `platform`, in rooms named after what they touch: `boot`, `address`, `clipboard`, `host`,
//!   `size`, `frame`, `extras`, and `scenario_text` (fetching and unpacking scenarios, for the extras
//!   module only);
//! - `flip`: layout measurements and the chips' animations;
//! - `panic`: the notice shown in place of a widget that stopped;
//! - `main.rs`, the entry point: the prerendered page is handed to `platform::boot`, then
//!   rendered over;
//! - `bin/extras.rs`, the extras module, loaded on demand: it gets and checks scenarios, and
//!   paints and saves the picture;
//! - `hooks`: the top view's effects, each through `platform` or `flip`;
//! - the JSON reader in `custom/json.rs`, which hands the text to the browser's `JSON.parse`;
//! - event handlers in `app` and `components`, which read the event they were given, and the
//!   share bar's effects, which call `platform`.

pub mod app;
pub mod components;
pub mod content;
pub mod custom;
pub mod fit;
pub mod flip;
pub mod format;
#[cfg(not(target_arch = "wasm32"))]
pub mod glue;
pub mod hooks;
pub mod host;
pub mod link;
pub mod model;
pub mod notice;
#[cfg(not(target_arch = "wasm32"))]
pub mod og_image;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod panic;
pub mod picture;
pub mod platform;
pub mod pym;
pub mod scale;
pub mod scenario;
pub mod share;
pub mod state;
pub mod text;
pub mod weigh;

pub use app::App;

/// Talc instead of Rust's default WebAssembly allocator (dlmalloc): smaller in the bundle
/// (`docs/size.md` says by how much), and the browser tests run on it too.
/// (Talc's single-threaded setup, so not for a build with WASM threads.)
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
