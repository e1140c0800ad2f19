//! Content tool for authors and the build: `check` validates the content and prints every problem
//! by file, case and field; `bundle` compiles it into the JSON files the browser downloads.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;
    use tipsom::domain::source::load_content;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: tipsom-pack check [CONTENT_DIR] | check-cases [CASES_DIR] | bundle OUT_DIR [CONTENT_DIR]";
    let default_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/content"));
    let report = |errors: Vec<tipsom::domain::source::SourceError>| -> ! {
        for e in &errors {
            eprintln!("error: {e}");
        }
        eprintln!("{} problems", errors.len());
        std::process::exit(1);
    };
    match args.first().map(String::as_str) {
        Some("check") => {
            let dir = args.get(1).map(PathBuf::from).unwrap_or(default_dir);
            match load_content(&dir) {
                Ok(content) => println!(
                    "{} cases, {} glossary terms and {} cards checked in {}: no problems",
                    content.cases.len(),
                    content.glossary.terms.len(),
                    content.cards.cards.len(),
                    dir.display()
                ),
                Err(errors) => report(errors),
            }
        }
        Some("shell") => {
            // The static first screen for index.html (see tipsom::i18n::boot_shell).
            let html = tipsom::i18n::boot_shell::boot_shell();
            match args.get(1) {
                Some(out) => std::fs::write(out, html).unwrap_or_else(|e| {
                    eprintln!("error: {out}: {e}");
                    std::process::exit(1);
                }),
                None => println!("{html}"),
            }
        }
        Some("check-cases") => {
            let dir = args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| default_dir.join("cases"));
            match tipsom::domain::source::load_cases(&dir) {
                Ok(cases) => println!("{} cases checked in {}: no problems", cases.len(), dir.display()),
                Err(errors) => report(errors),
            }
        }
        Some("bundle") => {
            let Some(out) = args.get(1).map(PathBuf::from) else {
                eprintln!("{usage}");
                std::process::exit(2);
            };
            let dir = args.get(2).map(PathBuf::from).unwrap_or(default_dir);
            let content = load_content(&dir).unwrap_or_else(|e| report(e));
            let files = content.compile();
            for (path, json) in &files {
                let target = out.join(path);
                let written = target
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|_| std::fs::write(&target, json));
                if let Err(e) = written {
                    eprintln!("error: {}: {e}", target.display());
                    std::process::exit(1);
                }
            }
            println!(
                "compiled {} cases into {} files under {}",
                content.cases.len(),
                files.len(),
                out.display()
            );
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
