//! `--emit-smt2`: every proof obligation of a check as an SMT-LIB 2 file, for re-checking
//! by any solver ([`crate::logic::smtlib`] writes each one).

use crate::check::Decided;
use crate::logic::smtlib;
use crate::model::Model;

/// The folder name of each model's obligations, for the model files of one run: the file's
/// name without `.toml`; where models of the run have the same name, as many of the folders
/// above it as tell them apart, joined by `_` (`drafts/a/model.toml` and `drafts/b/model.toml`
/// → `a_model`, `b_model`). `None` for a model whose folder would still be another's (the same
/// file given twice): its obligations are not written.
pub fn folder_names(paths: &[String]) -> Vec<Option<String>> {
    let parts: Vec<Vec<String>> = paths
        .iter()
        .map(|path| {
            let path = path.strip_suffix(".toml").unwrap_or(path);
            std::path::Path::new(path)
                .components()
                .filter_map(|c| match c {
                    std::path::Component::Normal(part) => Some(file_name(&part.to_string_lossy())),
                    _ => None,
                })
                .collect()
        })
        .collect();
    let last = |p: &Vec<String>, k: usize| p[p.len().saturating_sub(k)..].join("_");
    let names: Vec<String> = parts
        .iter()
        .map(|p| {
            let same: Vec<&Vec<String>> =
                parts.iter().filter(|q| last(q, 1) == last(p, 1)).collect();
            let k = (1..=p.len().max(1))
                .find(|&k| same.iter().filter(|q| last(q, k) == last(p, k)).count() == 1)
                .unwrap_or(p.len().max(1));
            let name = last(p, k);
            if name.is_empty() {
                "model".to_string()
            } else {
                name
            }
        })
        .collect();
    names
        .iter()
        .map(|n| (names.iter().filter(|m| *m == n).count() == 1).then(|| n.clone()))
        .collect()
}

/// Writes every decided obligation of a model as `DIR/<folder>/<rule>/<subject>-<n>.smt2`,
/// `<n>` counting the cases of one rule and subject from 1, and `<folder>` named by
/// [`folder_names`]. The folder is written whole or not at all: its files go into a temporary
/// folder beside it, which then takes its place, so that no file of an earlier run stays
/// behind and a failure half-way leaves the earlier folder as it was. Returns the paths
/// written.
pub fn emit(
    dir: &std::path::Path,
    folder: &str,
    model: &Model,
    decided: &[Decided],
) -> std::io::Result<Vec<std::path::PathBuf>> {
    let target = dir.join(folder);
    let fresh = dir.join(format!(".{folder}.new{}", std::process::id()));
    let written = write_all(&fresh, &target, model, decided).inspect_err(|_| {
        let _ = std::fs::remove_dir_all(&fresh);
    })?;
    let old = dir.join(format!(".{folder}.old{}", std::process::id()));
    let had_one = match std::fs::rename(&target, &old) {
        Ok(()) => true,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => false,
        Err(error) => {
            let _ = std::fs::remove_dir_all(&fresh);
            return Err(error);
        }
    };
    if let Err(error) = std::fs::rename(&fresh, &target) {
        if had_one {
            let _ = std::fs::rename(&old, &target);
        }
        let _ = std::fs::remove_dir_all(&fresh);
        return Err(error);
    }
    if had_one {
        std::fs::remove_dir_all(&old)?;
    }
    Ok(written)
}

/// Writes the obligations into `fresh`, and returns the paths they will have under `target`.
fn write_all(
    fresh: &std::path::Path,
    target: &std::path::Path,
    model: &Model,
    decided: &[Decided],
) -> std::io::Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(fresh)?;
    let mut written = Vec::new();
    let mut previous: Option<(&str, Option<&str>)> = None;
    let mut case = 0;
    for d in decided {
        let key = (d.obligation.rule, d.obligation.subject.as_deref());
        case = if previous == Some(key) { case + 1 } else { 1 };
        previous = Some(key);
        let subject = file_name(key.1.unwrap_or("model"));
        let name = std::path::Path::new(d.obligation.rule).join(format!("{subject}-{case}.smt2"));
        std::fs::create_dir_all(fresh.join(d.obligation.rule))?;
        std::fs::write(
            fresh.join(&name),
            smtlib::write(model, &d.obligation, &d.outcome),
        )?;
        written.push(target.join(name));
    }
    Ok(written)
}

/// A file name made of the characters that are safe on every file system.
fn file_name(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Writes `text` to a temporary file beside `path`, then renames it into place.
pub fn write_atomically(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".tmp{}", std::process::id()));
    let temporary = std::path::PathBuf::from(temporary);
    std::fs::write(&temporary, text)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

#[cfg(test)]
mod tests {
    use super::folder_names;

    fn names(paths: &[&str]) -> Vec<Option<String>> {
        folder_names(&paths.iter().map(|p| p.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn a_name_of_its_own_is_the_file_name() {
        assert_eq!(
            names(&["models/iza-2022.toml", "drafts/a.toml"]),
            [Some("iza-2022".into()), Some("a".into())]
        );
    }

    #[test]
    fn the_same_name_takes_the_folders_that_tell_them_apart() {
        assert_eq!(
            names(&[
                "/tmp/x/drafts/a/model.toml",
                "/tmp/x/drafts/b/model.toml",
                "c.toml"
            ]),
            [
                Some("a_model".into()),
                Some("b_model".into()),
                Some("c".into())
            ]
        );
        assert_eq!(
            names(&["a/x/m.toml", "b/x/m.toml"]),
            [Some("a_x_m".into()), Some("b_x_m".into())]
        );
    }

    #[test]
    fn the_same_file_twice_writes_neither() {
        assert_eq!(names(&["a/m.toml", "a/m.toml"]), [None, None]);
    }
}
