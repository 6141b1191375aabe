//! The proof obligations committed in proofs/ are the ones toets states, and two independent
//! solvers, the `z3` and `cvc5` programs, give the answers toets reached.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use toets::check::{self, Options};

const MODELS: [&str; 4] = [
    "models/iza-2022.toml",
    "models/iza2-draft-2024.toml",
    "models/vng-conditions-2024.toml",
    "models/compromise-2024-12.toml",
];

/// Every `.smt2` file under `dir`, by path relative to it, with its text.
fn smt2_files(dir: &Path) -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "smt2") {
                let text = std::fs::read_to_string(&path).unwrap();
                files.insert(path.strip_prefix(dir).unwrap().to_path_buf(), text);
            }
        }
    }
    files
}

#[test]
fn committed_proofs_are_what_toets_states() {
    let dir = std::env::temp_dir().join(format!("toets-proofs-{}", std::process::id()));
    let paths: Vec<String> = MODELS.iter().map(|p| p.to_string()).collect();
    let folders = toets::report::proofs::folder_names(&paths);
    for (path, folder) in MODELS.iter().zip(folders) {
        let folder = folder.expect("the reference models have distinct names");
        let model = check::load_file(path).unwrap_or_else(|r| panic!("{}", r.render()));
        // The obligations of the model itself; the re-checks of its readings add none.
        let options = Options {
            skip_sensitivity: true,
            ..Options::default()
        };
        let checked = check::check(&model, &options);
        toets::report::proofs::emit(&dir, &folder, &model, &checked.decided).unwrap();
    }
    let generated = smt2_files(&dir);
    let committed = smt2_files(Path::new("proofs"));
    std::fs::remove_dir_all(&dir).unwrap();
    let names = |files: &BTreeMap<PathBuf, String>| files.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&generated),
        "proofs/ holds other files than toets writes; regenerate it (proofs/README.md)"
    );
    for (name, text) in &generated {
        assert_eq!(
            &committed[name],
            text,
            "proofs/{} differs from what toets writes; regenerate it (proofs/README.md)",
            name.display()
        );
    }
}

/// Runs a solver program on every committed proof and compares its answer with the header's.
fn recheck(program: &str, args: &[&str]) -> usize {
    let files = smt2_files(Path::new("proofs"));
    assert!(
        files.len() > 100,
        "proofs/ holds the reference models' obligations"
    );
    let mut checked = 0;
    for (name, text) in &files {
        let expected = text
            .lines()
            .find_map(|l| l.strip_prefix("; expect:"))
            .map(str::trim)
            .expect("an `; expect:` line");
        if expected == "unknown" {
            continue;
        }
        let output = Command::new(program)
            .args(args)
            .arg(Path::new("proofs").join(name))
            .output()
            .unwrap_or_else(|e| {
                panic!("cannot run `{program}` ({e}); install it with `bash .ci/install-deps`")
            });
        let stdout = String::from_utf8_lossy(&output.stdout);
        let answer = stdout.lines().next().unwrap_or("").trim();
        assert_eq!(
            answer,
            expected,
            "{program} answers `{answer}` for proofs/{}, toets `{expected}`\n{}",
            name.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        checked += 1;
    }
    checked
}

#[test]
fn z3_program_agrees_with_every_proof() {
    assert_eq!(
        recheck("z3", &["-smt2"]),
        smt2_files(Path::new("proofs")).len()
    );
}

#[test]
fn cvc5_agrees_with_every_proof() {
    assert_eq!(
        recheck("cvc5", &["--lang", "smt2"]),
        smt2_files(Path::new("proofs")).len()
    );
}
