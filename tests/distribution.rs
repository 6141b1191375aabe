//! toets as pipelines take it in: the GitHub Action (action.yml) and the pre-commit hooks
//! (.pre-commit-hooks.yaml) say what they run, and what they run works.

mod common;

use std::path::PathBuf;
use std::process::Command;
use yaml_rust2::{Yaml, YamlLoader};

fn yaml(path: &str) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .remove(0)
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("toets-distribution-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The steps of the action, by name.
fn step<'y>(action: &'y Yaml, name: &str) -> &'y Yaml {
    action["runs"]["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no step `{name}`"))
}

/// What the action's check step prints and leaves behind, run as GitHub runs it: with the
/// inputs in its environment, toets built, and the action's repository named.
struct ActionRun {
    code: i32,
    stdout: String,
    outputs: String,
    sarif: Option<serde_json::Value>,
}

fn run_check_step(inputs: &[(&str, &str)], sarif: bool) -> ActionRun {
    let dir = scratch(&format!("action-{}", inputs.len() + usize::from(sarif)));
    let sarif_path = dir.join("toets.sarif");
    let sarif_input = sarif_path.to_string_lossy().into_owned();
    let mut inputs = inputs.to_vec();
    if sarif {
        inputs.push(("sarif", &sarif_input));
    }
    let mut run = run_check_step_in(&std::env::current_dir().unwrap(), &inputs);
    run.sarif = sarif
        .then(|| serde_json::from_str(&std::fs::read_to_string(&sarif_path).unwrap()).unwrap());
    std::fs::remove_dir_all(dir).unwrap();
    run
}

/// The action's check step, run in the workspace `workspace` with these inputs.
fn run_check_step_in(workspace: &std::path::Path, inputs: &[(&str, &str)]) -> ActionRun {
    let action = yaml("action.yml");
    let script = step(&action, "Check the models")["run"].as_str().unwrap();
    let outputs = std::env::temp_dir().join(format!(
        "toets-github-output-{}-{}",
        std::process::id(),
        inputs.len()
    ));
    let mut command = Command::new("/bin/bash");
    command
        .args(["-e", "-c", script])
        .current_dir(workspace)
        .env("TOETS", env!("CARGO_BIN_EXE_toets"))
        .env("GITHUB_WORKSPACE", workspace)
        .env("GITHUB_OUTPUT", &outputs)
        .env("GITHUB_SERVER_URL", "https://github.com")
        .env("GITHUB_ACTION_REPOSITORY", "example/toets")
        .env("GITHUB_ACTION_REF", "v1")
        .env("TOETS_TODAY", "2026-12-02");
    for name in ["MODELS", "ACCEPT", "SARIF", "ARGS"] {
        command.env(format!("INPUT_{name}"), "");
    }
    for (name, value) in inputs {
        command.env(format!("INPUT_{}", name.to_uppercase()), value);
    }
    let output = command.output().unwrap();
    let run = ActionRun {
        code: output.status.code().unwrap(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        outputs: std::fs::read_to_string(&outputs).unwrap_or_default(),
        sarif: None,
    };
    let _ = std::fs::remove_file(outputs);
    run
}

#[test]
fn the_action_is_a_composite_of_bash_steps_that_install_build_and_check() {
    let action = yaml("action.yml");
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    for step in action["runs"]["steps"].as_vec().unwrap() {
        assert_eq!(step["shell"].as_str(), Some("bash"), "{step:?}");
    }
    // It installs only what building needs, with the project's own script, and builds toets
    // from the action's own checkout, at the action's version.
    let install = step(&action, "Install what building toets needs");
    assert_eq!(
        install["run"].as_str(),
        Some("bash \"$GITHUB_ACTION_PATH/.ci/install-deps\" --build")
    );
    let build = step(&action, "Build toets")["run"].as_str().unwrap();
    assert!(
        build.contains("--locked --path \"$GITHUB_ACTION_PATH\""),
        "{build}"
    );
    // Every input reaches the check step, and the output is the step's.
    let check = step(&action, "Check the models");
    let inputs = action["inputs"].as_hash().unwrap();
    assert_eq!(inputs.len(), 4);
    for (name, input) in inputs {
        let name = name.as_str().unwrap();
        assert!(input["description"].as_str().is_some(), "{name}");
        let env = &check["env"][format!("INPUT_{}", name.to_uppercase()).as_str()];
        assert_eq!(
            env.as_str(),
            Some(format!("${{{{ inputs.{name} }}}}").as_str())
        );
    }
    assert_eq!(
        action["outputs"]["exit-code"]["value"].as_str(),
        Some("${{ steps.check.outputs.exit-code }}")
    );
    assert_eq!(check["id"].as_str(), Some("check"));
}

#[test]
fn the_actions_check_step_annotates_and_exits_as_toets_does() {
    // The compromise, its violations accepted, and VNG's conditions (globbed): the step
    // passes, the accepted violations are notices, and the SARIF log names the rules' pages
    // in the action's repository.
    let run = run_check_step(
        &[
            (
                "models",
                "models/compromise-2024-12.toml\nmodels/vng-*.toml",
            ),
            ("accept", "toets-accept.toml"),
        ],
        true,
    );
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.outputs, "exit-code=0\n");
    assert!(run.stdout.starts_with(
        "::group::toets check models/compromise-2024-12.toml models/vng-conditions-2024.toml\n"
    ));
    assert!(run.stdout.contains("::endgroup::\n"));
    assert_eq!(
        run.stdout
            .matches("::notice file=models/compromise-2024-12.toml")
            .count(),
        6
    );
    assert!(!run.stdout.contains("::error"));
    let sarif = run.sarif.unwrap();
    assert!(common::sarif_errors(&sarif).is_empty());
    let rules = &sarif["runs"][0]["tool"]["driver"]["rules"];
    assert_eq!(
        rules[0]["helpUri"],
        "https://github.com/example/toets/blob/v1/docs/rules/all-commission.md"
    );
    // Without the accept file the violations fail the step, with toets's exit code.
    let run = run_check_step(
        &[
            ("models", "models/compromise-2024-12.toml"),
            ("args", "--lang nl"),
        ],
        false,
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.outputs, "exit-code=1\n");
    assert_eq!(
        run.stdout
            .matches("::error file=models/compromise-2024-12.toml")
            .count(),
        6
    );
    assert!(
        run.stdout.contains("NIET VOLDAAN"),
        "the text report is in the log, in Dutch"
    );
}

#[test]
fn the_pre_commit_hooks_check_the_models_a_commit_changes() {
    let hooks = yaml(".pre-commit-hooks.yaml");
    let hooks = hooks.as_vec().unwrap();
    let ids: Vec<&str> = hooks.iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["toets", "toets-system"]);
    let manifest = std::fs::read_to_string("Cargo.toml").unwrap();
    assert!(
        manifest.contains("name = \"toets\""),
        "pre-commit installs the crate's binary"
    );
    for hook in hooks {
        assert!(["rust", "system"].contains(&hook["language"].as_str().unwrap()));
        // pre-commit searches the paths from the repository's root with these patterns.
        let files = regex::Regex::new(hook["files"].as_str().unwrap()).unwrap();
        let exclude = regex::Regex::new(hook["exclude"].as_str().unwrap()).unwrap();
        let checked = |path: &str| files.is_match(path) && !exclude.is_match(path);
        for path in [
            "models/iza-2022.toml",
            "drafts/2024/compromise.toml",
            "sub/drafts/a.toml",
        ] {
            assert!(checked(path), "{path}");
        }
        for path in [
            "Cargo.toml",
            "models/toets-accept.toml",
            "models/texts/iza-2022.txt",
            ".taplo.toml",
            "drafts.toml",
        ] {
            assert!(!checked(path), "{path}");
        }
        // The entry runs as written, with the files pre-commit passes after it.
        let entry: Vec<&str> = hook["entry"].as_str().unwrap().split(' ').collect();
        assert_eq!(entry[0], "toets");
        let output = Command::new(env!("CARGO_BIN_EXE_toets"))
            .args(&entry[1..])
            .args(["models/vng-conditions-2024.toml", "models/iza-2022.toml"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "iza-2022 has violations");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            stdout.contains("models/vng-conditions-2024.toml: ")
                && stdout.contains("models/iza-2022.toml: ")
        );
    }
}

/// A YAML block of docs/pipelines.md, by the test its marker names.
fn doc_yaml(test: &str) -> Yaml {
    let doc = std::fs::read_to_string("docs/pipelines.md").unwrap();
    let marker = format!("<!-- checked-by: {test} -->\n```yaml\n");
    let text = doc
        .split(&marker)
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .unwrap_or_else(|| panic!("no YAML block checked by {test}"));
    YamlLoader::load_from_str(text).unwrap().remove(0)
}

#[test]
fn the_workflow_of_the_pipelines_doc_uses_the_action_as_it_is() {
    let workflow = doc_yaml("the_workflow_of_the_pipelines_doc_uses_the_action_as_it_is");
    let steps = workflow["jobs"]["toets"]["steps"].as_vec().unwrap();
    let uses = |name: &str| {
        steps
            .iter()
            .find(|s| s["uses"].as_str().is_some_and(|u| u.contains(name)))
            .unwrap_or_else(|| panic!("no step uses {name}"))
    };
    // The action's step gives inputs the action has, the required ones among them.
    let toets = uses("/toets@");
    let action = yaml("action.yml");
    let inputs = action["inputs"].as_hash().unwrap();
    let with = toets["with"].as_hash().unwrap();
    for (name, _) in with {
        assert!(
            inputs.contains_key(name),
            "the action has no input {name:?}"
        );
    }
    for (name, input) in inputs {
        if input["required"].as_bool() == Some(true) {
            assert!(with.contains_key(name), "the workflow leaves out {name:?}");
        }
    }
    // The SARIF upload reads the file the action writes.
    assert_eq!(
        uses("upload-sarif")["with"]["sarif_file"].as_str(),
        toets["with"]["sarif"].as_str()
    );
    // And the action, given these inputs in a repository of drafts, checks them.
    let dir = scratch("workflow");
    common::drafts_repository(&dir, &[("models/vng-conditions-2024.toml", "vng")]);
    let inputs: Vec<(&str, &str)> = with
        .iter()
        .map(|(k, v)| (k.as_str().unwrap(), v.as_str().unwrap()))
        .collect();
    let run = run_check_step_in(&dir, &inputs);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("toets.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["invocations"][0]["exitCode"], 0);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_pre_commit_config_of_the_pipelines_doc_names_hooks_there_are() {
    let config = doc_yaml("the_pre_commit_config_of_the_pipelines_doc_names_hooks_there_are");
    let hooks = yaml(".pre-commit-hooks.yaml");
    let ids: Vec<&str> = hooks
        .as_vec()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap())
        .collect();
    let repo = &config["repos"][0];
    assert!(repo["rev"].as_str().is_some());
    for hook in repo["hooks"].as_vec().unwrap() {
        assert!(ids.contains(&hook["id"].as_str().unwrap()), "{hook:?}");
    }
}
