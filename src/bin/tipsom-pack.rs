//! Content tool for authors, trainers and the build: `check` validates the content folder or a pack
//! file and prints every problem by file, case and field; `bundle` compiles the content into the
//! JSON files the browser downloads; `export-pack`, `export-gift` and `export-moodle` write the
//! bank (or some of its cases, or a pack's) as a pack, GIFT or Moodle XML; `schema` prints the
//! pack format's JSON Schema.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};
    use tipsom::domain::case::SourceCase;
    use tipsom::domain::lms;
    use tipsom::domain::pack::{export_pack, read_pack, select_cases, PackContext};
    use tipsom::domain::source::{load_content, Content};
    use tipsom::i18n::Locale;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: tipsom-pack check [CONTENT_DIR | PACK_FILE] | check-cases [CASES_DIR] | bundle OUT_DIR [CONTENT_DIR] | shell [OUT]\n\
                 \x20      export-pack OUT [OPTIONS] | export-gift LANG OUT [OPTIONS] | export-moodle LANG OUT [OPTIONS] | schema [OUT]\n\
                 options: --cases ID,ID,... (a deck, in order) --from PACK_FILE (a pack's cases, not the bank's)\n\
                 \x20        --name NAME (of the exported pack) --content CONTENT_DIR";
    let default_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/content"));
    let fail = |message: String| -> ! {
        eprintln!("error: {message}");
        std::process::exit(1);
    };
    let report = |errors: Vec<tipsom::domain::source::SourceError>| -> ! {
        for e in &errors {
            eprintln!("error: {e}");
        }
        eprintln!("{} problems", errors.len());
        std::process::exit(1);
    };
    let option = |name: &str| -> Option<String> {
        args.iter().position(|a| a == name).map(|i| {
            args.get(i + 1)
                .cloned()
                .unwrap_or_else(|| fail(format!("{name} needs a value")))
        })
    };
    let positional: Vec<String> = {
        let mut out = Vec::new();
        let mut skip = false;
        for a in &args {
            if skip {
                skip = false;
            } else if a.starts_with("--") {
                skip = true;
            } else {
                out.push(a.clone());
            }
        }
        out
    };
    let content_dir = option("--content").map(PathBuf::from).unwrap_or(default_dir.clone());
    let load = |dir: &Path| -> Content { load_content(dir).unwrap_or_else(|e| report(e)) };
    // A pack file is checked against the bank it would join: ids taken, glossary terms known.
    let context = |content: &Content| PackContext {
        bank_ids: content.cases.iter().map(|c| c.case.id.clone()).collect(),
        pack_ids: Default::default(),
        glossary: Some(
            content
                .glossary
                .terms
                .iter()
                .map(|t| t.id.clone())
                .collect::<BTreeSet<_>>(),
        ),
    };
    let read_pack_file = |file: &Path, ctx: &PackContext| -> tipsom::domain::pack::Pack {
        let bytes = std::fs::read(file).unwrap_or_else(|e| fail(format!("{}: {e}", file.display())));
        read_pack(&bytes, ctx).unwrap_or_else(|problems| {
            for p in &problems {
                eprintln!("error: {}: {p}", file.display());
            }
            eprintln!("{} problems", problems.len());
            std::process::exit(1);
        })
    };
    // The cases to export: the bank's or a pack's, all or those named by --cases.
    let chosen = || -> (String, Vec<SourceCase>) {
        let (name, cases) = match option("--from") {
            Some(file) => {
                let content = load(&content_dir);
                let ctx = PackContext {
                    bank_ids: BTreeSet::new(),
                    ..context(&content)
                };
                let pack = read_pack_file(Path::new(&file), &ctx);
                (pack.name, pack.cases)
            }
            None => ("tipsom".to_string(), load(&content_dir).source_cases()),
        };
        match option("--cases") {
            Some(list) => {
                let ids: Vec<String> = list.split(',').map(|s| s.trim().to_string()).collect();
                let picked = select_cases(&cases, &ids);
                if picked.len() != ids.len() {
                    fail(format!("some of the cases in --cases do not exist: {list}"));
                }
                (name, picked)
            }
            None => (name, cases),
        }
    };
    let write = |out: &str, text: &str| {
        if let Err(e) = std::fs::write(out, text) {
            fail(format!("{out}: {e}"));
        }
    };
    let locale_arg = |code: Option<&String>| -> Locale {
        code.and_then(|c| Locale::from_code(c))
            .unwrap_or_else(|| fail(format!("give the language: en, fr or ar\n{usage}")))
    };

    match positional.first().map(String::as_str) {
        Some("check") => {
            let target = positional.get(1).map(PathBuf::from).unwrap_or(default_dir.clone());
            if target.is_file() {
                let content = load(&content_dir);
                let pack = read_pack_file(&target, &context(&content));
                println!(
                    "pack “{}”: {} cases checked in {}: no problems",
                    pack.name,
                    pack.cases.len(),
                    target.display()
                );
                return;
            }
            let content = load(&target);
            // The wording of every text against the term base and the digits rule.
            let base = tipsom::domain::source::load_term_base(&target).unwrap_or_else(|e| report(vec![e]));
            if let problems @ [_, ..] = &base.problems()[..] {
                report(
                    problems
                        .iter()
                        .map(|p| tipsom::domain::source::SourceError {
                            file: target.join("terms.toml"),
                            message: p.clone(),
                        })
                        .collect(),
                );
            }
            let counts = tipsom::domain::bank_counts::BankCounts::of(&content.source_cases());
            for line in counts.lines() {
                println!("{line}");
            }
            let wording = tipsom::domain::source::wording_problems(&content, &target, &base);
            if !wording.is_empty() {
                eprintln!("the term base (content/terms.toml) and the digits rule (content/README.md):");
                report(wording);
            }
            println!(
                "{} cases, {} glossary terms, {} cards and {} terms of the term base checked in {}: no problems",
                content.cases.len(),
                content.glossary.terms.len(),
                content.cards.cards.len(),
                base.terms.len(),
                target.display()
            );
        }
        Some("shell") => {
            // The static first screen for index.html (see tipsom::i18n::boot_shell).
            let html = tipsom::i18n::boot_shell::boot_shell();
            match positional.get(1) {
                Some(out) => write(out, &html),
                None => println!("{html}"),
            }
        }
        Some("check-cases") => {
            let dir = positional
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(|| default_dir.join("cases"));
            match tipsom::domain::source::load_cases(&dir) {
                Ok(cases) => println!("{} cases checked in {}: no problems", cases.len(), dir.display()),
                Err(errors) => report(errors),
            }
        }
        Some("bundle") => {
            let Some(out) = positional.get(1).map(PathBuf::from) else {
                eprintln!("{usage}");
                std::process::exit(2);
            };
            let dir = positional.get(2).map(PathBuf::from).unwrap_or(default_dir);
            let content = load(&dir);
            let files: Vec<_> = content.compile().into_iter().chain(content.openings()).collect();
            for (path, json) in &files {
                let target = out.join(path);
                let written = target
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|_| std::fs::write(&target, json));
                if let Err(e) = written {
                    fail(format!("{}: {e}", target.display()));
                }
            }
            println!(
                "compiled {} cases into {} files under {}",
                content.cases.len(),
                files.len(),
                out.display()
            );
        }
        Some("export-pack") => {
            let Some(out) = positional.get(1) else {
                fail(usage.to_string())
            };
            let (name, cases) = chosen();
            let name = option("--name").unwrap_or(name);
            write(out, &export_pack(&name, &cases));
            println!("exported {} cases as the pack “{name}” to {out}", cases.len());
        }
        Some(command @ ("export-gift" | "export-moodle")) => {
            let locale = locale_arg(positional.get(1));
            let Some(out) = positional.get(2) else {
                fail(usage.to_string())
            };
            let (name, cases) = chosen();
            let questions = lms::questions(&cases, locale);
            let header = lms::header(&name, cases.len(), questions.len(), locale);
            let text = if command == "export-gift" {
                lms::gift::write(&questions, &header)
            } else {
                lms::moodle_xml::write(&questions, &header)
            };
            write(out, &text);
            println!(
                "exported {} questions from {} cases, in {}, to {out}",
                questions.len(),
                cases.len(),
                locale.code()
            );
        }
        Some("schema") => {
            let schema = tipsom::domain::pack::schema::pack_schema();
            match positional.get(1) {
                Some(out) => write(out, &schema),
                None => print!("{schema}"),
            }
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
