//! toets in code review: a model that could not be checked is never shown as clean, in any CI
//! format; SARIF names files from a root folder, the rules' pages and the run's exit code.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

/// A model with three problems at known places: a party of no known kind (line 8, column 9),
/// and no `commissioners` and no agreement (both at `[model]`, line 1).
const BAD_MODEL: &str = "[model]
title = \"three problems\"
source = \"test\"

[[party]]
id = \"vws\"
source = \"test\"
kind = \"ministerie\"
";

fn project() -> PathBuf {
    std::env::current_dir().unwrap()
}

/// A scratch folder holding the bad model as `bad.toml`.
fn scratch_with_bad_model(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("toets-scanning-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("bad.toml"), BAD_MODEL).unwrap();
    dir
}

#[test]
fn sarif_of_an_invalid_model_carries_its_problems_and_a_failed_run() {
    let dir = scratch_with_bad_model("sarif");
    let model = project().join("models/iza-2022.toml");
    let output = common::toets_in(
        &dir,
        &[
            "check",
            "--no-sensitivity",
            "--format",
            "sarif",
            "bad.toml",
            model.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(common::sarif_errors(&log), Vec::<String>::new());
    let run = &log["runs"][0];
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(invocation["exitCode"], 2);
    let notifications = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notifications.len(), 1);
    assert_eq!(
        notifications[0]["message"]["text"],
        "bad.toml: 3 errors; the model was not checked"
    );
    // Each problem is an error result on its line, under the rule that says the model was not
    // checked, which the run's rules list.
    let problems: Vec<&serde_json::Value> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"] == "invalid-model")
        .collect();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for problem in &problems {
        assert_eq!(problem["level"], "error");
        let index = problem["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], "invalid-model");
        let location = &problem["locations"][0]["physicalLocation"];
        assert_eq!(location["artifactLocation"]["uri"], "bad.toml");
        assert_eq!(location["artifactLocation"]["uriBaseId"], "ROOT");
    }
    let kind = problems
        .iter()
        .find(|p| p["properties"]["code"] == "unknown-keyword")
        .expect("the unknown kind is a result");
    let region = &kind["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(8), Some(9))
    );
    assert!(
        kind["message"]["text"]
            .as_str()
            .unwrap()
            .contains("`ministerie`")
    );
    // The model that could be checked is reported as before, from outside the root.
    assert!(run["results"].as_array().unwrap().iter().any(|r| {
        r["ruleId"] == "joint-review"
            && r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == format!("file://{}", model.display())
    }));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_ci_format_shows_an_invalid_model_as_failing() {
    let dir = scratch_with_bad_model("formats");
    let run = |format: &str| {
        let output = common::toets_in(&dir, &["check", "--format", format, "bad.toml"]);
        assert_eq!(output.status.code(), Some(2), "--format {format}");
        String::from_utf8(output.stdout).unwrap()
    };
    let github = run("github");
    assert!(
        github.contains(
            "::error file=bad.toml,line=8,col=9,title=toets invalid-model%3A unknown-keyword::`ministerie` is not a kind of party"
        ),
        "{github}"
    );
    assert_eq!(github.lines().count(), 3, "{github}");

    let junit = run("junit");
    let document = roxmltree::Document::parse(&junit).expect("well-formed XML");
    let root = document.root_element();
    assert_eq!(root.attribute("errors"), Some("1"), "{junit}");
    let error = root
        .descendants()
        .find(|n| n.has_tag_name("error"))
        .expect("an error");
    assert_eq!(error.attribute("type"), Some("invalid-model"));
    assert!(
        error
            .text()
            .unwrap()
            .contains("bad.toml:8:9: unknown-keyword"),
        "{junit}"
    );

    let gitlab: serde_json::Value = serde_json::from_str(&run("gitlab")).unwrap();
    let issues = gitlab.as_array().unwrap();
    assert_eq!(issues.len(), 3);
    assert!(issues.iter().all(|i| i["severity"] == "blocker"));
    assert!(
        issues
            .iter()
            .any(|i| i["location"]["path"] == "bad.toml" && i["location"]["lines"]["begin"] == 8)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn sarif_paths_are_given_from_the_root_whatever_the_working_directory() {
    let models = project().join("models");
    let output = common::toets_in(
        &models,
        &[
            "check",
            "--no-sensitivity",
            "--format",
            "sarif",
            "--root",
            "..",
            "./texts/../iza-2022.toml",
        ],
    );
    let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let run = &log["runs"][0];
    assert!(run["originalUriBaseIds"]["ROOT"].is_object());
    let locations: Vec<&serde_json::Value> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["locations"].as_array().unwrap())
        .map(|l| &l["physicalLocation"]["artifactLocation"])
        .collect();
    assert!(!locations.is_empty());
    for artifact in locations {
        assert_eq!(artifact["uri"], "models/iza-2022.toml");
        assert_eq!(artifact["uriBaseId"], "ROOT");
    }
    // The fingerprints, too, are from the root: the same finding is the same alert whatever
    // folder the step ran in.
    let from_project = Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(["check", "--no-sensitivity", "--format", "sarif"])
        .arg("models/iza-2022.toml")
        .output()
        .unwrap();
    let other: serde_json::Value = serde_json::from_slice(&from_project.stdout).unwrap();
    assert_eq!(other["runs"][0]["results"], run["results"]);
}

#[test]
fn sarif_names_the_rules_pages_and_the_exit_code() {
    let url = "https://example.org/toets/blob/main/docs/rules";
    for (lang, folder) in [("en", ""), ("nl", "nl/")] {
        let output = Command::new(env!("CARGO_BIN_EXE_toets"))
            .args([
                "--lang",
                lang,
                "check",
                "--no-sensitivity",
                "--format",
                "sarif",
            ])
            .args(["--rules-url", &format!("{url}/"), "models/iza-2022.toml"])
            .output()
            .unwrap();
        let log: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(common::sarif_errors(&log), Vec::<String>::new());
        let run = &log["runs"][0];
        assert_eq!(run["automationDetails"]["id"], "toets/");
        let invocation = &run["invocations"][0];
        assert_eq!(invocation["exitCode"], output.status.code().unwrap());
        assert_eq!(invocation["executionSuccessful"], true);
        for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
            let id = rule["id"].as_str().unwrap();
            if id == "invalid-model" {
                continue;
            }
            // The page the URI names is in the repository, in the language of the report.
            let page = format!("{folder}{id}.md");
            assert_eq!(rule["helpUri"], format!("{url}/{page}"));
            assert!(Path::new("docs/rules").join(&page).is_file(), "{page}");
        }
    }
}
