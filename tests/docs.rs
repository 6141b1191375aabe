//! The documentation's examples are real.

mod common;

use toets::check::{self, Options};
use toets::language::source::SourceFile;
use toets::verdict::Status;

/// The complete example of docs/model-language.md is a valid model for which every rule holds.
#[test]
fn the_complete_example_in_the_model_language_doc_holds() {
    let doc = std::fs::read_to_string("docs/model-language.md").unwrap();
    let after = doc
        .split("A minimal model:")
        .nth(1)
        .expect("the example's heading");
    let example = after
        .split("```toml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a TOML block");
    let model = check::load_source(SourceFile::new("example.toml", example))
        .unwrap_or_else(|rejected| panic!("{}", rejected.render()));
    let report = check::check_model(&model, &Options::default());
    let mut rules: Vec<&str> = report.verdicts.iter().map(|v| v.rule).collect();
    rules.dedup();
    // All but the money, process and mandate-structure rules, which have nothing to check
    // without tasks, cuts, process steps or a mandaatgemeente.
    assert_eq!(
        rules.len(),
        toets::rules::ALL.len() - 4,
        "every rule gives a verdict: {rules:?}"
    );
    for verdict in &report.verdicts {
        assert_eq!(verdict.status, Status::Holds, "{verdict:?}");
    }
}

/// The `.ci/toets` script of docs/pipelines.md, run as written in a repository laid out as the
/// doc says: it passes when the verdicts are as expected, and fails with a clear message when a
/// draft's verdicts change or a draft is broken.
#[test]
fn the_json_pipeline_of_the_pipelines_doc_runs_as_written() {
    let doc = std::fs::read_to_string("docs/pipelines.md").unwrap();
    let after = doc
        .split("This is `.ci/toets`")
        .nth(1)
        .expect("the script's introduction");
    let script = after
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the script");
    let repo = std::env::temp_dir().join(format!("toets-pipeline-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    for dir in ["drafts", "expected", ".ci"] {
        std::fs::create_dir_all(repo.join(dir)).unwrap();
    }
    common::drafts_repository(
        &repo,
        &[
            ("models/iza2-draft-2024.toml", "2024-11-iza2"),
            ("models/compromise-2024-12.toml", "2024-12-compromise"),
        ],
    );
    std::fs::write(repo.join(".ci/toets"), script).unwrap();
    let toets = std::path::Path::new(env!("CARGO_BIN_EXE_toets"));
    let path = format!(
        "{}:{}",
        toets.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |args: &[&str]| {
        std::process::Command::new(args[0])
            .args(&args[1..])
            .current_dir(&repo)
            .env("PATH", &path)
            .output()
            .unwrap()
    };
    // Accept the current verdicts as expected, as the script's message says.
    for name in ["2024-11-iza2", "2024-12-compromise"] {
        let output = run(&[
            "toets",
            "check",
            "--format",
            "json",
            &format!("drafts/{name}.toml"),
        ]);
        std::fs::write(repo.join(format!("expected/{name}.json")), output.stdout).unwrap();
    }
    let passing = run(&["bash", ".ci/toets"]);
    assert_eq!(passing.status.code(), Some(0), "{passing:?}");

    // A change that demotes VNG to a co-commissioner changes a verdict: the check fails.
    let draft = repo.join("drafts/2024-12-compromise.toml");
    let text = std::fs::read_to_string(&draft).unwrap();
    let demoted = text.replacen(
        "party = \"vng\"\nrole = \"opdrachtgever\"",
        "party = \"vng\"\nrole = \"mede-opdrachtgever\"",
        1,
    );
    assert_ne!(demoted, text);
    std::fs::write(&draft, demoted).unwrap();
    let failing = run(&["bash", ".ci/toets"]);
    assert_eq!(failing.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&failing.stderr);
    assert!(
        stderr.contains("toets: the verdicts of drafts/2024-12-compromise.toml changed"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&failing.stdout);
    assert!(
        stdout.contains("+        \"status\": \"violated\""),
        "{stdout}"
    );

    // A broken draft is reported as such.
    std::fs::write(&draft, "[model\n").unwrap();
    let broken = run(&["bash", ".ci/toets"]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&broken.stderr)
            .contains("toets: drafts/2024-12-compromise.toml is not a valid model"),
        "{broken:?}"
    );
    std::fs::remove_dir_all(&repo).unwrap();
}

/// docs/rules/<rule>.md is what `toets explain <rule>` prints, and docs/rules/nl/<rule>.md
/// what `toets --lang nl explain <rule>` prints: one text, no drift. To regenerate:
/// `scripts/rule-pages`.
#[test]
fn rule_pages_are_what_explain_prints() {
    for (dir, lang) in [("docs/rules", "en"), ("docs/rules/nl", "nl")] {
        for rule in toets::rules::ALL {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
                .args(["--lang", lang, "explain", rule.id])
                .output()
                .unwrap();
            assert!(output.status.success());
            let path = format!("{dir}/{}.md", rule.id);
            let page = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(
                page == output.stdout,
                "{path} differs from `toets --lang {lang} explain {}`; run scripts/rule-pages",
                rule.id
            );
        }
        let pages = std::fs::read_dir(dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_file())
            .count();
        assert_eq!(
            pages,
            toets::rules::ALL.len(),
            "{dir}: a page for every rule and no other"
        );
    }
}

/// The fenced code blocks of a Markdown text: the marker line before each (an HTML comment, or
/// empty), its language, and its text.
fn code_blocks(doc: &str) -> Vec<(String, String, String)> {
    let mut blocks = Vec::new();
    let lines: Vec<&str> = doc.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if let Some(language) = lines[i].strip_prefix("```") {
            let marker = if i > 0 && lines[i - 1].starts_with("<!--") {
                lines[i - 1].to_string()
            } else {
                String::new()
            };
            let end = (i + 1..lines.len())
                .find(|&j| lines[j] == "```")
                .expect("a closed block");
            let text: String = lines[i + 1..end].iter().map(|l| format!("{l}\n")).collect();
            blocks.push((marker, language.to_string(), text));
            i = end;
        }
        i += 1;
    }
    blocks
}

/// Every code block of docs/pipelines.md is built or run by the tests: it is a file of the
/// example drafts repository (built and tested by `cargo test`), or a test reads and runs it.
#[test]
fn every_code_block_of_the_pipelines_doc_is_built_or_run() {
    let doc = std::fs::read_to_string("docs/pipelines.md").unwrap();
    let tests: String = std::fs::read_dir("tests")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let blocks = code_blocks(&doc);
    assert!(blocks.len() >= 7);
    for (marker, language, text) in &blocks {
        if language == "text" {
            continue;
        }
        if let Some(path) = marker
            .strip_prefix("<!-- is: ")
            .and_then(|m| m.strip_suffix(" -->"))
        {
            let file = std::fs::read_to_string(path).unwrap();
            assert_eq!(text, &file, "docs/pipelines.md's copy of {path} differs");
        } else if let Some(test) = marker
            .strip_prefix("<!-- checked-by: ")
            .and_then(|m| m.strip_suffix(" -->"))
        {
            assert!(tests.contains(&format!("fn {test}()")), "no test `{test}`");
        } else {
            panic!(
                "a ```{language} block of docs/pipelines.md that no test builds or runs:\n{text}"
            );
        }
    }
}

/// The accept file of docs/pipelines.md, beside the compromise as the doc lays it out: it
/// accepts the violation it names, and no other.
#[test]
fn the_accept_file_of_the_pipelines_doc_accepts_what_it_says() {
    let doc = std::fs::read_to_string("docs/pipelines.md").unwrap();
    let (_, _, accept) = code_blocks(&doc)
        .into_iter()
        .find(|(marker, _, _)| marker.contains("the_accept_file_of_the_pipelines_doc"))
        .unwrap();
    let repo = std::env::temp_dir().join(format!("toets-accept-doc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    common::drafts_repository(
        &repo,
        &[("models/compromise-2024-12.toml", "2024-12-compromise")],
    );
    std::fs::write(repo.join("toets-accept.toml"), accept).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(["check", "--no-sensitivity", "--format", "json", "--accept"])
        .args(["toets-accept.toml", "drafts/2024-12-compromise.toml"])
        .current_dir(&repo)
        .env("TOETS_TODAY", "2026-12-02")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    let reports: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let accepted: Vec<(&str, &str)> = reports[0]["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| !v["accepted"].is_null())
        .map(|v| (v["rule"].as_str().unwrap(), v["subject"].as_str().unwrap()))
        .collect();
    assert_eq!(accepted, [("chain-approaches", "nieuw-akkoord")]);
    // The money is not accepted: the step still fails.
    assert_eq!(output.status.code(), Some(1));
    std::fs::remove_dir_all(&repo).unwrap();
}

/// The README's two commands are the ones CI runs and a newcomer types, and what it says of
/// the first is what the first gives.
#[test]
fn the_readme_says_what_its_first_command_gives() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let quick_start = readme
        .split("## Quick start")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap();
    let commands: Vec<String> = code_blocks(quick_start)
        .into_iter()
        .map(|(_, _, text)| text)
        .collect();
    assert_eq!(
        commands,
        [
            "bash .ci/install-deps && cargo run --release -- check models/iza-2022.toml\n",
            "bash .ci/install-deps && cargo test\n",
        ]
    );
    let ci = std::fs::read_to_string(".ci/run").unwrap();
    assert!(ci.contains("bash .ci/install-deps\n") && ci.contains("\ncargo test --locked\n"));
    // "it exits with 1: 11 of its 22 verdicts are violations, among them joint review and
    // equal power"
    let said = quick_start.split("(it exits with ").nth(1).unwrap();
    let numbers: Vec<usize> = said
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(|w| w.parse().unwrap())
        .collect();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_toets"))
        .args([
            "check",
            "--no-sensitivity",
            "--format",
            "json",
            "models/iza-2022.toml",
        ])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let verdicts = report[0]["verdicts"].as_array().unwrap();
    let violated: Vec<&str> = verdicts
        .iter()
        .filter(|v| v["status"] == "violated")
        .map(|v| v["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        numbers,
        [
            output.status.code().unwrap() as usize,
            violated.len(),
            verdicts.len()
        ]
    );
    assert!(said.contains("among them joint review and equal power"));
    assert!(violated.contains(&"joint-review") && violated.contains(&"equal-power"));
}
