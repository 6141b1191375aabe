//! Starting out: `toets init` writes a commented model that checks clean and the schema its
//! first line names; the reference models name the committed schema, which is `toets schema`'s;
//! `toets completions` writes a shell's completion script.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("toets-starting-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The JSON of a TOML file, as an editor hands it to the schema.
fn toml_as_json(text: &str) -> serde_json::Value {
    common::toml_to_json(&toml_span::parse(text).expect("TOML"))
}

#[test]
fn init_writes_a_commented_model_that_checks_clean_with_its_schema_beside_it() {
    for lang in ["en", "nl"] {
        let dir = scratch(lang);
        let init = common::toets_in(&dir, &["--lang", lang, "init", "drafts/first.toml"]);
        // The folder must exist: init writes files, not folders.
        assert_eq!(init.status.code(), Some(2), "{init:?}");
        std::fs::create_dir(dir.join("drafts")).unwrap();
        let init = common::toets_in(&dir, &["--lang", lang, "init", "drafts/first.toml"]);
        assert_eq!(init.status.code(), Some(0), "{init:?}");
        let model = std::fs::read_to_string(dir.join("drafts/first.toml")).unwrap();
        assert_eq!(model.lines().next(), Some("#:schema ./model.schema.json"));
        // The schema the first line names is there, and is toets's.
        let schema_text = std::fs::read_to_string(dir.join("drafts/model.schema.json")).unwrap();
        let schema_now = common::toets_in(&dir, &["--lang", lang, "schema"]);
        assert_eq!(schema_text, stdout(&schema_now));
        let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&toml_as_json(&model))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{lang}: {errors:#?}");
        // It checks clean: every verdict holds, none is violated or unknown, and the rules
        // with nothing to check in it say so.
        let check = common::toets_in(
            &dir,
            &[
                "--lang",
                lang,
                "check",
                "--format",
                "json",
                "drafts/first.toml",
            ],
        );
        assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
        let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
        let verdicts = report[0]["verdicts"].as_array().unwrap();
        assert!(verdicts.len() >= 10, "{verdicts:#?}");
        assert!(verdicts.iter().all(|v| v["status"] == "holds"));
        for rule in [
            "joint-review",
            "equal-power",
            "no-decision-without",
            "review-coverage",
        ] {
            assert!(verdicts.iter().any(|v| v["rule"] == rule), "{rule}");
        }
        // Every element cites its clause, in the document it declares.
        assert_eq!(report[0]["documents"].as_array().unwrap().len(), 1);
        // It is commented, in the language asked for.
        let comment = model.lines().nth(1).unwrap();
        let expected = if lang == "nl" {
            "Een beginmodel"
        } else {
            "A starting model"
        };
        assert!(comment.contains(expected), "{comment}");
        // A second init does not write over the model, nor over the schema.
        std::fs::write(dir.join("drafts/first.toml"), "# edited\n").unwrap();
        let again = common::toets_in(&dir, &["--lang", lang, "init", "drafts/first.toml"]);
        assert_eq!(again.status.code(), Some(2));
        assert_eq!(
            std::fs::read_to_string(dir.join("drafts/first.toml")).unwrap(),
            "# edited\n"
        );
        // Another model in the folder keeps the schema there, and says when it is not toets's.
        std::fs::write(dir.join("drafts/model.schema.json"), "{}\n").unwrap();
        let second = common::toets_in(&dir, &["--lang", lang, "init", "drafts/second.toml"]);
        assert_eq!(second.status.code(), Some(0));
        assert_eq!(
            std::fs::read_to_string(dir.join("drafts/model.schema.json")).unwrap(),
            "{}\n"
        );
        assert!(String::from_utf8_lossy(&second.stderr).contains("toets schema >"));
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn the_reference_models_name_the_committed_schema_which_is_toets_schema() {
    let schema_text = std::fs::read_to_string("docs/model.schema.json").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_toets"))
        .arg("schema")
        .output()
        .unwrap();
    assert_eq!(
        schema_text,
        stdout(&output),
        "docs/model.schema.json differs from `toets schema`: `toets schema > docs/model.schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut models = 0;
    for entry in std::fs::read_dir("models").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        models += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().next(),
            Some("#:schema ../docs/model.schema.json"),
            "{}",
            path.display()
        );
        let errors: Vec<String> = validator
            .iter_errors(&toml_as_json(&text))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
    assert_eq!(models, 4);
}

#[test]
fn completions_are_written_for_every_shell_from_the_command_definition() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef toets"),
        ("fish", "complete -c toets"),
        ("elvish", "edit:completion:arg-completer[toets]"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let output = common::toets_in(Path::new("."), &["completions", shell]);
        assert_eq!(output.status.code(), Some(0));
        let script = stdout(&output);
        assert!(script.contains(marker), "{shell}");
        // The script knows the subcommands and their options.
        for word in ["check", "init", "format", "accept", "deny-stale"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let unknown = common::toets_in(Path::new("."), &["completions", "cmd"]);
    assert_eq!(unknown.status.code(), Some(2));
}
