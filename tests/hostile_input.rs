//! Hostile and broken input: a clear error with its place and exit code 2, no panic, and
//! bounded time and memory. Speed itself is measured in benchmarks, not here.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("toets-hostile-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn toets(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .output()
        .expect("toets runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs toets and kills it if it has not finished within `seconds`: a hang fails the test
/// instead of the suite. Its output is read while it runs, so that a full pipe cannot stall it.
fn toets_within(seconds: u64, args: &[&str]) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_toets"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("toets starts");
    let pid = child.id();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(child.wait_with_output()));
    match receive.recv_timeout(std::time::Duration::from_secs(seconds)) {
        Ok(output) => output.expect("toets can be waited for"),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("toets {args:?} did not finish within {seconds} s");
        }
    }
}

#[test]
fn devices_are_refused_without_reading_them() {
    for device in ["/dev/zero", "/dev/urandom", "/dev/null"] {
        let output = toets_within(10, &["check", device]);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{device}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(&format!(
                "error[unreadable-file]: cannot read `{device}`: it is not a regular file"
            )),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn a_named_pipe_and_a_link_to_a_device_are_refused_without_waiting() {
    let dir = scratch("fifo");
    let pipe = dir.join("model.toml");
    let made = Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let link = dir.join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    for path in [&pipe, &link] {
        let output = toets_within(10, &["check", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("it is not a regular file"),
            "{}",
            stderr(&output)
        );
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_document_text_that_is_a_device_is_a_located_error() {
    let dir = scratch("text-device");
    let model = std::fs::read_to_string("tests/fixtures/joint-review/holds.toml").unwrap();
    let model = format!(
        "{model}\n[[document]]\nid = \"zero\"\ntitle = \"Zero\"\nauthor = \"nobody\"\ndate = \"2024\"\nkind = \"agreement\"\ntext = \"/dev/zero\"\n"
    );
    let path = dir.join("model.toml");
    std::fs::write(&path, model).unwrap();
    let output = toets_within(10, &["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "error[unreadable-text]: the text of `zero`: cannot read `/dev/zero`: it is not a regular file"
        ),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("model.toml:"),
        "{}",
        stderr(&output)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_50_mb_file_is_refused_before_it_is_read() {
    let dir = scratch("large");
    let path = dir.join("large.toml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(50 * 1024 * 1024).unwrap();
    let output = toets(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("files are limited to 16777216 bytes"),
        "{}",
        stderr(&output)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

/// 100,000 parties, a body of a thousand of them with weighted votes, and a decision.
fn many_parties(unknown_references: usize) -> String {
    let mut text = String::from(
        "[model]\ntitle = \"many parties\"\nsource = \"test\"\ncommissioners = [\"p0\", \"p1\", \"p2\"]\n",
    );
    for i in 0..100_000 {
        text.push_str(&format!(
            "[[party]]\nid = \"p{i}\"\nkind = \"municipality\"\nsource = \"test\"\n"
        ));
    }
    text.push_str("[[agreement]]\nid = \"a\"\nsource = \"test\"\n");
    for i in 0..3 {
        text.push_str(&format!(
            "[[agreement.commissioner]]\nparty = \"p{i}\"\nrole = \"opdrachtgever\"\nsource = \"test\"\n"
        ));
    }
    let mut members: Vec<String> = (0..100_000)
        .step_by(100)
        .map(|i| format!("{{ party = \"p{i}\", votes = {} }}", i % 7 + 1))
        .collect();
    members.extend((0..unknown_references).map(|i| format!("\"q{i}\"")));
    text.push_str(&format!(
        "[[body]]\nid = \"b\"\nkind = \"board\"\nmembers = [{}]\nsource = \"test\"\n",
        members.join(", ")
    ));
    text.push_str(
        "[[decision]]\nid = \"d\"\nabout = \"agreement\"\nkind = \"amend\"\nrule = { weighted = \"b\", threshold = 3000 }\nsource = \"test\"\n",
    );
    text
}

#[test]
fn a_hundred_thousand_parties_are_checked() {
    let dir = scratch("many");
    let path = dir.join("many.toml");
    std::fs::write(&path, many_parties(0)).unwrap();
    let output = toets(&["check", "--format", "json", path.to_str().unwrap()]);
    // p0 can be outvoted, and weighs less than another commissioner; the model names no
    // direction of the agreement and no prioritisation of the chain approaches.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let violated: Vec<&str> = json[0]["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|v| v["status"] == "violated")
        .map(|v| v["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        violated,
        [
            "no-decision-without",
            "equal-power",
            "joint-direction",
            "chain-approaches"
        ]
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn thousands_of_unknown_references_are_reported_and_capped() {
    let dir = scratch("unknown");
    let path = dir.join("unknown.toml");
    std::fs::write(&path, many_parties(5_000)).unwrap();
    let output = toets(&["check", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("unknown.toml: 5000 errors; the model was not checked"),
        "{err}"
    );
    assert!(err.contains("... and 4900 more errors"), "{err}");
    assert!(
        err.contains("error[unknown-reference]: unknown party `q0`"),
        "{err}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_loop_of_relations_is_a_finding_not_a_hang() {
    // vws instructs zn, zn instructs vng, vng instructs vws: each is under the others.
    let dir = scratch("loop");
    let path = dir.join("loop.toml");
    let mut text = String::from(
        "[model]\ntitle = \"loop\"\nsource = \"test\"\ncommissioners = [\"vws\", \"zn\", \"vng\"]\n",
    );
    for (id, kind) in [
        ("vws", "ministry"),
        ("zn", "insurers-association"),
        ("vng", "municipalities-association"),
    ] {
        text.push_str(&format!(
            "[[party]]\nid = \"{id}\"\nkind = \"{kind}\"\nsource = \"test\"\n"
        ));
    }
    text.push_str("[[agreement]]\nid = \"a\"\nsource = \"test\"\n");
    for (from, to) in [("vws", "zn"), ("zn", "vng"), ("vng", "vws")] {
        text.push_str(&format!(
            "[[relation]]\nkind = \"instructs\"\nfrom = \"{from}\"\nto = \"{to}\"\nsource = \"test\"\n"
        ));
    }
    std::fs::write(&path, text).unwrap();
    let output = toets(&["check", "--format", "json", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let verdict = json[0]["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["rule"] == "no-subordination")
        .unwrap();
    assert_eq!(verdict["status"], "violated");
    assert_eq!(verdict["counterexample"]["from"], "vws");
    assert_eq!(verdict["counterexample"]["to"], "zn");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn proofs_that_cannot_be_written_are_a_tool_failure() {
    let dir = scratch("unwritable");
    let blocker = dir.join("not-a-directory");
    std::fs::write(&blocker, "").unwrap();
    let output = toets(&[
        "check",
        "--emit-smt2",
        blocker.to_str().unwrap(),
        "tests/fixtures/joint-review/holds.toml",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot write proof obligations under"),
        "{}",
        stderr(&output)
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn control_and_direction_characters_are_refused_where_they_are() {
    let clean = std::fs::read_to_string("tests/fixtures/joint-review/holds.toml").unwrap();
    let dir = scratch("unprintable");
    let first_id = clean
        .lines()
        .find_map(|line| line.strip_prefix("id = "))
        .expect("the fixture declares ids")
        .to_string();
    let title = clean
        .lines()
        .find(|line| line.starts_with("title = "))
        .expect("the fixture has a title")
        .to_string();
    // Escaped in TOML (the file itself stays valid TOML), and one written raw.
    let cases = [
        (
            "nul-in-an-id",
            clean.replacen(
                &format!("id = {first_id}"),
                &format!("id = {}", first_id.replacen('"', "\"\\u0000", 1)),
                1,
            ),
            "U+0000",
        ),
        (
            "escape-in-the-title",
            clean.replacen(&title, "title = \"a \\u001b[2J title\"", 1),
            "U+001B",
        ),
        (
            "line-break-in-the-title",
            clean.replacen(&title, "title = \"first\\nall 15 rules hold\"", 1),
            "U+000A",
        ),
        (
            "right-to-left-override",
            clean.replacen(&title, "title = \"a \u{202e}eltit\"", 1),
            "U+202E",
        ),
    ];
    for (name, text, code) in cases {
        assert_ne!(text, clean, "{name}: the case changes the fixture");
        let path = dir.join(format!("{name}.toml"));
        std::fs::write(&path, &text).unwrap();
        for format in ["text", "json", "sarif"] {
            let output = toets_within(20, &["check", "--format", format, path.to_str().unwrap()]);
            assert_eq!(output.status.code(), Some(2), "{name}: {}", stderr(&output));
            let said = format!(
                "{}{}",
                stderr(&output),
                String::from_utf8_lossy(&output.stdout)
            );
            assert!(
                said.contains("unprintable-character") && said.contains(code),
                "{name} ({format}): {said}"
            );
            assert!(
                !said
                    .chars()
                    .any(|c| matches!(c, '\0' | '\u{1b}' | '\u{202e}')),
                "{name} ({format}) prints the character raw: {said:?}"
            );
            if format == "text" {
                let place = format!("{name}.toml:");
                assert!(said.contains(&place), "{name}: no place in {said}");
            }
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_report_that_cannot_be_written_is_a_tool_failure() {
    let commands: [&[&str]; 7] = [
        &["check", "models/vng-conditions-2024.toml"],
        &[
            "check",
            "--format",
            "json",
            "tests/fixtures/joint-review/holds.toml",
        ],
        &[
            "diff",
            "models/iza-2022.toml",
            "models/vng-conditions-2024.toml",
        ],
        &["rules"],
        &["explain", "equal-rights"],
        &["schema"],
        &["generate", "national", "--scale", "0.1"],
    ];
    for args in commands {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens");
        let output = Command::new(env!("CARGO_BIN_EXE_toets"))
            .args(args)
            .stdout(full)
            .output()
            .expect("toets runs");
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output)
                .contains("error: cannot write to standard output: No space left on device"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn proofs_of_same_named_models_do_not_mix_and_leave_nothing_stale() {
    let dir = scratch("same-names");
    let fixture = "tests/fixtures/joint-review/holds.toml";
    for folder in ["a", "b"] {
        std::fs::create_dir_all(dir.join(folder)).unwrap();
        std::fs::copy(fixture, dir.join(folder).join("model.toml")).unwrap();
    }
    let out = dir.join("proofs");
    std::fs::create_dir_all(out.join("a_model/joint-review")).unwrap();
    std::fs::write(out.join("a_model/joint-review/stale-9.smt2"), "stale").unwrap();
    let models = [dir.join("a/model.toml"), dir.join("b/model.toml")];
    let output = toets(&[
        "check",
        "--emit-smt2",
        out.to_str().unwrap(),
        models[0].to_str().unwrap(),
        models[1].to_str().unwrap(),
    ]);
    // The fixture holds for its rule; other rules may find what it leaves out.
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}",
        stderr(&output)
    );
    let files = |folder: &str| -> Vec<String> {
        let mut found = Vec::new();
        for rule in std::fs::read_dir(out.join(folder)).unwrap() {
            for file in std::fs::read_dir(rule.unwrap().path()).unwrap() {
                found.push(file.unwrap().path().display().to_string());
            }
        }
        found.sort();
        found
    };
    let (a, b) = (files("a_model"), files("b_model"));
    assert!(!a.is_empty() && a.len() == b.len(), "{a:?} {b:?}");
    assert!(a.iter().all(|f| !f.ends_with("stale-9.smt2")), "{a:?}");
    let text = std::fs::read_to_string(&b[0]).unwrap();
    assert!(text.contains("b/model.toml"), "{text}");
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["a_model", "b_model"],
        "no temporary folder stays behind"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
