//! The shape of the code that docs/ARCHITECTURE.md promises, kept true: no module of `src/`
//! imports one that imports it back (directly or through others), no function is longer than
//! 150 lines, no file longer than 800, every module opens with `//!`, and the code map names
//! every module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LONGEST_FUNCTION: usize = 150;
const LONGEST_FILE: usize = 800;

/// Every `.rs` file under `src/`, but `main.rs` (the binary, which only uses the library).
fn library_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(Path::new("src"), &mut files);
    files.retain(|f| f != Path::new("src/main.rs"));
    files.sort();
    files
}

/// The module path of a file: `src/report/text.rs` is `report::text`, `src/report/mod.rs` is
/// `report`, `src/lib.rs` is the crate (``).
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix("src").unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without its comments and the texts of its string literals, so that a
/// path in a doc comment or a message is not read as an import. Test modules are left out:
/// a test may use what it likes.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push('"');
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '\n' => out.push('\n'),
                        _ => {}
                    }
                }
                out.push('"');
            }
            '\'' => {
                // A char literal ('a', '\n', '"') or a lifetime ('a): skip a literal whole.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') {
                    for c in chars.by_ref() {
                        if c == '\'' {
                            break;
                        }
                    }
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                }
                out.push('\'');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` gives `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(&tree);
        return vec![path.trim_end_matches("::self").to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.len() - 1];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            if p == "self" {
                vec![prefix.trim_end_matches("::").to_string()]
            } else {
                expand(&format!("{prefix}{p}"))
            }
        })
        .collect()
}

/// The modules a file's code refers to: its `use` declarations and its `crate::…` and
/// `super::…` paths, each resolved to the longest prefix that is a module.
fn imports(module: &str, code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let before = rest[..at].chars().last();
        let after = &rest[at + 4..];
        if before.is_none_or(|c| !c.is_alphanumeric() && c != '_') {
            if let Some(end) = after.find(';') {
                paths.extend(expand(&after[..end]));
            }
        }
        rest = after;
    }
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(at) = rest.find(start) {
            let tail = &rest[at..];
            let end = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            paths.push(tail[..end].trim_end_matches(':').to_string());
            rest = &rest[at + start.len()..];
        }
    }
    let parent = |m: &str| {
        m.rsplit_once("::")
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    let own_folder = |m: &str| -> String {
        // `super` of a folder's mod.rs is the folder's parent; of a file, the folder.
        parent(m)
    };
    let mut found = BTreeSet::new();
    for path in paths {
        let absolute: Vec<String> = if let Some(rest) = path.strip_prefix("crate::") {
            rest.split("::").map(str::to_string).collect()
        } else if path.starts_with("super::") {
            let mut base = own_folder(module);
            let mut rest = path.as_str();
            while let Some(r) = rest.strip_prefix("super::") {
                rest = r;
                if r.starts_with("super::") {
                    base = parent(&base);
                }
            }
            base.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .chain(rest.split("::").map(str::to_string))
                .collect()
        } else if let Some(rest) = path.strip_prefix("self::") {
            module
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .chain(rest.split("::").map(str::to_string))
                .collect()
        } else {
            // `use child::item` from a folder's mod.rs, or an external crate.
            let mut candidate: Vec<String> = module
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            candidate.extend(path.split("::").map(str::to_string));
            candidate
        };
        let mut longest = None;
        for n in (1..=absolute.len()).rev() {
            let prefix = absolute[..n].join("::");
            if modules.contains(&prefix) {
                longest = Some(prefix);
                break;
            }
        }
        if let Some(target) = longest {
            if target != module {
                found.insert(target);
            }
        }
    }
    found
}

fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = library_files();
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(f)).collect();
    files
        .iter()
        .map(|file| {
            let module = module_of(file);
            let code = code_of(&std::fs::read_to_string(file).unwrap());
            let found = imports(&module, &code, &modules);
            (module, found)
        })
        .collect()
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = import_graph();
    assert!(
        graph["check::engine"].contains("rules"),
        "{:?}",
        graph["check::engine"]
    );
    assert!(graph["report::text"].contains("check"));
    // A cycle, if any, found by depth-first search: the path from a module back to itself.
    fn visit(
        module: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|m| m == module) {
            let mut cycle = path[at..].to_vec();
            cycle.push(module.to_string());
            return Some(cycle);
        }
        if done.contains(module) {
            return None;
        }
        path.push(module.to_string());
        for next in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(module.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("modules that import each other: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_import_reader_sees_imports_and_not_comments() {
    let modules: BTreeSet<String> = ["a", "a::b", "c", "c::d"].map(String::from).into();
    let code = code_of(
        "//! see crate::c\nuse crate::a::{b::X, Y};\nuse super::d;\nfn f() { let s = \"crate::c\"; crate::a::b::g(); }\n",
    );
    let found = imports("c::e", &code, &modules);
    assert_eq!(found, ["a", "a::b", "c::d"].map(String::from).into());
}

/// Whether a line starts a function: `fn`, after any visibility (`pub`, `pub(crate)`,
/// `pub(super)`, `pub(in …)`) and qualifiers (`const`, `async`, `unsafe`, `extern "C"`).
fn declares_a_function(line: &str) -> bool {
    let mut rest = line;
    if let Some(after) = rest.strip_prefix("pub") {
        rest = after;
        if rest.starts_with('(') {
            match rest.find(')') {
                Some(close) => rest = &rest[close + 1..],
                None => return false,
            }
        }
        rest = rest.trim_start();
    }
    loop {
        let before = rest;
        for qualifier in ["const ", "async ", "unsafe ", "extern \"C\" "] {
            if let Some(after) = rest.strip_prefix(qualifier) {
                rest = after;
            }
        }
        if rest == before {
            break;
        }
    }
    rest.starts_with("fn ")
}

#[test]
fn functions_are_recognised_whatever_their_visibility() {
    for line in [
        "fn a() {",
        "pub fn a() {",
        "pub(crate) fn a() {",
        "pub(super) fn a() {",
        "pub(in crate::x) const fn a() {",
        "pub const unsafe fn a() {",
    ] {
        assert!(declares_a_function(line), "{line}");
    }
    for line in ["let fn_name = 1;", "pub struct F;", "// fn a() {"] {
        assert!(!declares_a_function(line), "{line}");
    }
}

#[test]
fn no_function_is_longer_than_150_lines_and_no_file_longer_than_800() {
    let mut long = Vec::new();
    for file in library_files()
        .into_iter()
        .chain([PathBuf::from("src/main.rs")])
    {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        if lines.len() > LONGEST_FILE {
            long.push(format!("{}: {} lines", file.display(), lines.len()));
        }
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let indent = &line[..line.len() - trimmed.len()];
            let is_fn = [
                "fn ",
                "pub fn ",
                "pub(crate) fn ",
                "const fn ",
                "pub const fn ",
            ]
            .iter()
            .any(|start| trimmed.starts_with(start));
            if !is_fn || trimmed.ends_with(';') {
                continue;
            }
            let close = format!("{indent}}}");
            let end = lines[i..]
                .iter()
                .position(|l| *l == close)
                .map_or(lines.len(), |n| i + n);
            if end - i + 1 > LONGEST_FUNCTION {
                long.push(format!(
                    "{}:{}: a function of {} lines",
                    file.display(),
                    i + 1,
                    end - i + 1
                ));
            }
        }
    }
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn every_module_says_what_it_is_for_and_the_code_map_names_it() {
    let architecture = std::fs::read_to_string("docs/ARCHITECTURE.md").unwrap();
    let mut missing = Vec::new();
    for file in library_files()
        .into_iter()
        .chain([PathBuf::from("src/main.rs")])
    {
        let text = std::fs::read_to_string(&file).unwrap();
        if !text.starts_with("//!") {
            missing.push(format!("{} does not open with `//!`", file.display()));
        }
        let shown = file.display().to_string();
        let named = if shown.ends_with("/mod.rs") {
            architecture.contains(&format!("`{}/`", shown.trim_end_matches("/mod.rs")))
        } else {
            architecture.contains(&format!("`{shown}`"))
        };
        if !named && !shown.starts_with("src/rules/") {
            missing.push(format!("docs/ARCHITECTURE.md does not name `{shown}`"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
