//! Trunk `post_build` hook (see Trunk.toml): rewrites the staged `index.html` in
//! `$TRUNK_STAGING_DIR` so that it runs under a strict Content-Security-Policy.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::path::PathBuf;

    let staging = PathBuf::from(std::env::var("TRUNK_STAGING_DIR").map_err(|_| "TRUNK_STAGING_DIR is not set: run me from Trunk")?);
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index)?;
    match pm_scale_up::page::externalize_loader(&html) {
        Some(loader) => {
            std::fs::write(staging.join(&loader.file_name), &loader.script)?;
            std::fs::write(&index, &loader.html)?;
            println!("postbuild: moved the inline loader to {}", loader.file_name);
        }
        None => println!("postbuild: no inline script to move"),
    }
    Ok(())
}

// Cargo builds every binary for integration tests, including the browser ones; this one has
// nothing to do in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
