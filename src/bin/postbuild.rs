//! Trunk `post_build` hook (see Trunk.toml). In `$TRUNK_STAGING_DIR` it:
//! - replaces Trunk's inline loader with a file of its own, for a strict Content-Security-Policy,
//!   that requests the WASM once the prerendered page has painted (`page::externalize_loader`);
//! - gives the functions each WASM imports from its wasm-bindgen glue short names, in both files
//!   (`pm_scale_up::glue`);
//! - minifies the wasm-bindgen glue with esbuild (Trunk's own minifier cannot parse its
//!   `export … as default` and ships it as it is), the pre-paint script `early.js` and the loader;
//! - prerenders the widget into `index.html`, so it reads before (and without) WebAssembly;
//! - writes one prerendered page per stage for each function and company type,
//!   `stage/<slug>/index.html`, `stage/<slug>/sales/index.html`, …, with link-preview tags, and
//!   its 1200x630 preview image beside it, `og.png`;
//! - writes each page's oEmbed answer beside it, `oembed.json`, named in the page's head;
//! - names the extras module by its contents (`extras-<hash>.js`, `extras-<hash>_bg.wasm`), and
//!   writes that name on every page's mount.
//!
//! Build setting: `PM_SCALE_UP_PUBLIC_URL`, the address the site is published at (for canonical
//! and preview URLs). Default: http://127.0.0.1:8080/.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::fs;
    use std::path::PathBuf;

    use pm_scale_up::app::AppProps;
    use pm_scale_up::glue::shorten_imports;
    use pm_scale_up::og_image;
    use pm_scale_up::page::{
        build_page, externalize_loader, extras_name, home_meta, name_extras, oembed_json, prerender, rebase_assets,
        stage_meta, DEFAULT_PUBLIC_URL, EXTRAS_FILES, OEMBED_FILE,
    };
    use pm_scale_up::scale::Stage;
    use pm_scale_up::scenario::Scenario;
    use pm_scale_up::share::{page_path, PAGE_KINDS};

    let staging = PathBuf::from(
        std::env::var("TRUNK_STAGING_DIR").map_err(|_| "TRUNK_STAGING_DIR is not set: run me from Trunk")?,
    );
    let mut public_url = std::env::var("PM_SCALE_UP_PUBLIC_URL").unwrap_or_else(|_| DEFAULT_PUBLIC_URL.to_string());
    if !public_url.ends_with('/') {
        public_url.push('/');
    }

    let index = staging.join("index.html");
    let staged = fs::read_to_string(&index)?;
    let loader = externalize_loader(&staged)
        .ok_or("the staged index.html has no inline loader in the form Trunk 0.21 writes, or no early.js")?;
    fs::write(staging.join(&loader.file_name), &loader.script)?;
    let template = loader.html;

    // The glue is the one `.js` file Trunk wrote besides the loader: `pm-scale-up-<hash>.js`.
    let glue = fs::read_dir(&staging)?.filter_map(Result::ok).map(|entry| entry.path()).find(|path| {
        path.file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| name.starts_with("pm-scale-up-") && name.ends_with(".js"))
    });
    // Short import names, in a WASM and its glue together, before the glue is minified. A WASM or
    // glue this code does not know keeps its long names: not fatal, the widget works the same and
    // the size budget notices. A file that cannot be written stops the build: a WASM and a glue
    // that disagree on the names would not load.
    let mut shortened = true;
    for (glue, module) in
        [(glue.clone(), "./pm-scale-up_bg.js"), (Some(staging.join(EXTRAS_FILES[0])), "./extras_bg.js")]
    {
        let Some(glue) = glue else {
            eprintln!("postbuild: no glue for {module}, so its imports keep their long names");
            shortened = false;
            continue;
        };
        let wasm = glue.with_file_name(glue.file_stem().unwrap_or_default().to_string_lossy().to_string() + "_bg.wasm");
        match shorten_imports(&fs::read(&wasm)?, &fs::read_to_string(&glue)?, module) {
            Ok((short_wasm, short_glue)) => {
                // Both written aside first, then moved into place.
                let (wasm_aside, glue_aside) = (wasm.with_extension("wasm.short"), glue.with_extension("js.short"));
                fs::write(&wasm_aside, short_wasm)?;
                fs::write(&glue_aside, short_glue)?;
                fs::rename(&wasm_aside, &wasm)?;
                fs::rename(&glue_aside, &glue)?;
            }
            Err(error) => {
                eprintln!("postbuild: the imports from {module} keep their long names: {error}");
                shortened = false;
            }
        }
    }

    let minify = |file: &std::path::Path, format: &str| {
        std::process::Command::new("esbuild")
            .arg(file)
            .args(["--minify", &format!("--format={format}"), "--log-level=warning", "--allow-overwrite"])
            .arg(format!("--outfile={}", file.display()))
            .status()
            .is_ok_and(|status| status.success())
    };
    let minified = glue.as_deref().is_some_and(|glue| minify(glue, "esm"));
    // Trunk copies the pre-paint script as written, and the loader above is written with its
    // comments: both are part of the first load, so both are minified too.
    let early = staging.join("early.js");
    let minified = minified && (!early.exists() || minify(&early, "iife"));
    let minified = minified && minify(&staging.join(&loader.file_name), "esm");
    if !minified {
        // Not fatal: the widget works the same; the size budget in scripts/test.sh notices.
        eprintln!("postbuild: could not minify the wasm-bindgen glue, early.js and the loader with esbuild (run scripts/setup.sh)");
    }

    // The extras module gets a name by its contents, as Trunk gives the widget's own files, and
    // every page names it on its mount.
    let [glue, wasm] = EXTRAS_FILES.map(|file| staging.join(file));
    let extras = extras_name(&[&fs::read(&glue)?, &fs::read(&wasm)?]);
    fs::rename(&glue, staging.join(format!("{extras}.js")))?;
    fs::rename(&wasm, staging.join(format!("{extras}_bg.wasm")))?;

    let meta = home_meta(&public_url);
    let home = build_page(&template, &meta, &prerender(AppProps::default()), None)
        .ok_or("the staged index.html has no <div id=app></div>")?;
    fs::write(&index, name_extras(&home, &extras))?;
    fs::write(staging.join(OEMBED_FILE), oembed_json(&meta, &public_url))?;

    // A page per stage for each function and company type: `stage/late-stage/` (product, B2B
    // SaaS), `stage/late-stage/sales/`, … Each is as deep as its path, and finds the assets and
    // the site's root that many levels up.
    let mut pages = 0;
    for stage in Stage::ALL {
        for (function, preset) in PAGE_KINDS {
            let path = page_path(stage, function, preset);
            let depth = path.matches('/').count();
            let root = "../".repeat(depth);
            let props = AppProps { people: stage.typical(), function, preset, root: root.into() };
            let meta = stage_meta(stage, function, preset, &public_url);
            let page = build_page(&rebase_assets(&template, depth), &meta, &prerender(props.clone()), Some(&props))
                .ok_or("the staged index.html has no <div id=app></div>")?;
            let dir = staging.join(&path);
            fs::create_dir_all(&dir)?;
            fs::write(dir.join("index.html"), name_extras(&page, &extras))?;
            fs::write(dir.join(OEMBED_FILE), oembed_json(&meta, &public_url))?;
            let scenario = Scenario::built_in(function, preset);
            fs::write(dir.join("og.png"), og_image::png(&og_image::svg(&scenario, stage.typical()))?)?;
            pages += 1;
        }
    }
    println!(
        "postbuild: loader in {}, imports {}shortened, glue {}minified, prerendered index.html, and {pages} stage pages with preview images for {public_url}",
        loader.file_name,
        if shortened { "" } else { "NOT " },
        if minified { "" } else { "NOT " },
    );
    Ok(())
}

// Cargo builds every binary for integration tests, including the browser ones; this one has
// nothing to do in a browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
