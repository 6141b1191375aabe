//! What one `toets check` did besides its verdicts, as the CI formats report it: the models it
//! rejected, its exit code, and the folder the paths of the findings are given from.

use crate::check::Rejected;
use crate::lang::Lang;
use crate::language::diagnostic::Diagnostic;
use std::path::{Component, Path, PathBuf};

/// One run of `toets check`, for the CI formats (SARIF, GitHub, JUnit, GitLab).
pub struct Invocation<'a> {
    /// The model files that could not be checked, with their problems.
    pub rejected: &'a [Rejected],
    /// The exit code of the run (0, 1, 2 or 3, as `toets --help` says).
    pub exit_code: u8,
    /// The working directory the model paths were given from (absolute).
    pub working_dir: PathBuf,
    /// The folder the CI formats give paths from (absolute): a repository's root, so that
    /// code review finds the file whatever folder toets ran in.
    pub root: PathBuf,
    /// The address of the rules' pages (the folder docs/rules as the team reads it); SARIF's
    /// `helpUri` of a rule is this with `/RULE.md` (`/nl/RULE.md` in Dutch). None writes no
    /// `helpUri`.
    pub rules_url: Option<String>,
}

/// Where a file lies, as a CI format names it.
pub(crate) enum Place {
    /// Under the root: the path from it, with `/` between the folders.
    UnderRoot(String),
    /// Elsewhere: the absolute path.
    Elsewhere(String),
}

impl Invocation<'_> {
    /// A run in the current directory, which is also the root, that rejected nothing.
    pub fn here(exit_code: u8) -> Invocation<'static> {
        let working_dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        Invocation {
            rejected: &[],
            exit_code,
            root: working_dir.clone(),
            working_dir,
            rules_url: None,
        }
    }

    /// Where the file at `path` (as given on the command line) lies from the root. Paths are
    /// compared as written (`.` and `..` taken away), not as the file system resolves links,
    /// so the answer is the same on every machine.
    pub(crate) fn place(&self, path: &str) -> Place {
        let absolute = lexically_normal(&self.working_dir.join(path));
        let root = lexically_normal(&self.root);
        match absolute.strip_prefix(&root) {
            Ok(relative) => Place::UnderRoot(slashed(relative)),
            Err(_) => Place::Elsewhere(slashed(&absolute)),
        }
    }

    /// The path of a file as a workflow annotation or a Code Quality issue wants it: from the
    /// root when it lies under it, else absolute.
    pub(crate) fn path(&self, path: &str) -> String {
        match self.place(path) {
            Place::UnderRoot(path) | Place::Elsewhere(path) => path,
        }
    }
}

/// One problem of a model that could not be checked, as the CI formats give it.
pub(crate) struct Problem<'a> {
    /// The model file, as given on the command line.
    pub path: &'a str,
    /// Line and column, 1-based (1 and 1 for a problem with the file as a whole).
    pub line: u64,
    pub column: u64,
    /// The problem's code, e.g. `unknown-reference`.
    pub code: &'static str,
    /// The message, and the help on a line of its own when there is one.
    pub text: String,
}

impl<'a> Invocation<'a> {
    /// Every problem of every model that could not be checked, in order.
    pub(crate) fn problems(&self, lang: Lang) -> Vec<Problem<'a>> {
        let mut problems = Vec::new();
        for rejected in self.rejected {
            for diagnostic in &rejected.diagnostics {
                let (line, column) = diagnostic.span.map_or((1, 1), |span| {
                    let position = rejected.file.position(span.start);
                    (position.line as u64, position.column as u64)
                });
                problems.push(Problem {
                    path: &rejected.file.path,
                    line,
                    column,
                    code: diagnostic.code,
                    text: problem_text(diagnostic, lang),
                });
            }
        }
        problems
    }
}

/// A problem's message, and its help on a line of its own when there is one.
pub(crate) fn problem_text(diagnostic: &Diagnostic, lang: Lang) -> String {
    let mut text = diagnostic.message.get(lang).to_string();
    if let Some(help) = &diagnostic.help {
        text.push_str(&format!(
            "\n{}: {}",
            lang.pick("help", "hulp"),
            help.get(lang)
        ));
    }
    text
}

/// The path with `.` left out and each `..` taking away the folder before it.
fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

/// The path's parts joined by `/`, whatever the platform's separator.
fn slashed(path: &Path) -> String {
    let parts: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let joined = parts.join("/");
    if path.has_root() {
        format!("/{joined}")
    } else {
        joined
    }
}

/// A path written as a URI reference: every byte but the unreserved characters and `/`
/// percent-encoded (RFC 3986).
pub(crate) fn uri_encoded(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char);
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_in(working_dir: &str, root: &str) -> Invocation<'static> {
        Invocation {
            rejected: &[],
            exit_code: 0,
            working_dir: PathBuf::from(working_dir),
            root: PathBuf::from(working_dir).join(root),
            rules_url: None,
        }
    }

    #[test]
    fn paths_are_given_from_the_root_as_written() {
        let run = run_in("/repo/models", "..");
        assert_eq!(run.path("a.toml"), "models/a.toml");
        assert_eq!(run.path("./x/../a.toml"), "models/a.toml");
        assert_eq!(run.path("../other/b.toml"), "other/b.toml");
        assert_eq!(run.path("/repo/c.toml"), "c.toml");
        assert_eq!(run.path("../../elsewhere/d.toml"), "/elsewhere/d.toml");
        assert!(matches!(run.place("/tmp/e.toml"), Place::Elsewhere(_)));
    }

    #[test]
    fn uris_encode_what_a_uri_cannot_hold() {
        assert_eq!(
            uri_encoded("models/a b#1%.toml"),
            "models/a%20b%231%25.toml"
        );
        assert_eq!(
            uri_encoded("modellen/één.toml"),
            "modellen/%C3%A9%C3%A9n.toml"
        );
    }
}
