//! Accepted findings: violations a team has decided to live with, each with why, by whom and
//! until when, read from an accept file (`toets-accept.toml`, found beside the model or given
//! with `--accept`).
//!
//! An acceptance matches a violated verdict by model, rule and subject. The verdict stays
//! violated — every format shows it, marked as accepted with its reason — but does not fail the
//! exit code. An acceptance that matches no violated verdict (the finding was repaired, or the
//! acceptance is misspelt) is *stale*; one past its `until` is *expired* and accepts nothing:
//! both are reported, so that an acceptance cannot outlive its reason unnoticed. An acceptance
//! of a model the run did not check is left alone, unless that model does not exist.

use super::loading::Rejected;
use super::results::Report;
use crate::language::diagnostic::{Diagnostic, did_you_mean, said, suggest};
use crate::language::load::{self, AcceptanceDecl};
use crate::language::source::SourceFile;
use crate::model::date_of;
use crate::verdict::{Accepted, Status};
use std::path::{Path, PathBuf};

/// The file an accept file is found under beside a model.
pub const ACCEPT_FILE: &str = "toets-accept.toml";

/// The acceptances of one accept file.
#[derive(Debug)]
pub struct Acceptances {
    pub file: SourceFile,
    entries: Vec<AcceptanceDecl>,
}

/// What an acceptance came to that needs saying: it matched nothing, or it has expired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcceptanceNote {
    /// `stale-acceptance` or `expired-acceptance`.
    pub code: &'static str,
    pub message: crate::language::diagnostic::Said,
    /// Where the acceptance is written: `path:line:column`.
    pub location: String,
}

impl AcceptanceNote {
    /// The note as a warning line, in `lang`.
    pub fn render_in(&self, lang: crate::lang::Lang) -> String {
        let word = lang.pick("warning", "waarschuwing");
        format!(
            "{word}[{}]: {}\n  --> {}\n",
            self.code,
            self.message.get(lang),
            self.location
        )
    }
}

/// Reads an accept file; a file with a problem (a misspelt field, an unknown rule, an empty
/// reason) is rejected with every problem found.
pub fn load_acceptances(path: &str) -> Result<Acceptances, Rejected> {
    let file = load::read_file(path).map_err(|failure| {
        let (file, diagnostic) = *failure;
        Rejected {
            file,
            diagnostics: vec![diagnostic],
        }
    })?;
    let (entries, mut diagnostics) = load::parse_acceptances(&file);
    for entry in &entries {
        check_entry(entry, &mut diagnostics);
    }
    if diagnostics.is_empty() {
        Ok(Acceptances { file, entries })
    } else {
        diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
        Err(Rejected { file, diagnostics })
    }
}

/// An acceptance names a rule that exists, and says why and by whom.
fn check_entry(entry: &AcceptanceDecl, diagnostics: &mut Vec<Diagnostic>) {
    let ids = crate::rules::ALL.iter().map(|r| r.id);
    if crate::rules::find(&entry.rule.value).is_none() {
        let mut diagnostic = Diagnostic::new(
            "unknown-reference",
            entry.rule.span,
            said!(
                "no rule is called `{}`",
                "geen regel heet `{}`",
                entry.rule.value
            ),
        )
        .label(said!("not a rule", "geen regel"));
        if let Some(close) = did_you_mean(&entry.rule.value, ids) {
            diagnostic = diagnostic.help(suggest(close));
        }
        diagnostics.push(diagnostic);
    }
    for text in [&entry.reason, &entry.accepted_by] {
        if text.value.trim().is_empty() {
            diagnostics.push(
                Diagnostic::new(
                    "empty-field",
                    text.span,
                    said!(
                        "an acceptance says why it is accepted, and by whom",
                        "een aanvaarding zegt waarom ze aanvaard is, en door wie"
                    ),
                )
                .label(said!("empty", "leeg")),
            );
        }
    }
}

/// The accept file beside `model`, if there is one.
pub fn beside(model: &str) -> Option<String> {
    let folder = Path::new(model).parent().unwrap_or(Path::new(""));
    let path = folder.join(ACCEPT_FILE);
    path.is_file().then(|| path.to_string_lossy().into_owned())
}

/// The canonical form of a path, for comparing the model an acceptance names with the model a
/// report is about; the path itself when it does not exist.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

impl Acceptances {
    /// Marks the violated verdicts of `reports` that an acceptance matches, on `today` (a day
    /// number); says which acceptances matched nothing and which have expired.
    pub fn apply(&self, reports: &mut [Report], today: i64) -> Vec<AcceptanceNote> {
        let folder = Path::new(&self.file.path)
            .parent()
            .unwrap_or(Path::new(""))
            .to_path_buf();
        let mut notes = Vec::new();
        let checked: Vec<PathBuf> = reports
            .iter()
            .map(|r| canonical(Path::new(&r.model)))
            .collect();
        for entry in &self.entries {
            let location = self.file.location(entry.span);
            let model = canonical(&folder.join(&entry.model.value));
            // An acceptance of a model this run did not check says nothing about this run,
            // unless the model is not there at all.
            if !checked.contains(&model) && model.is_file() {
                continue;
            }
            if let Some(until) = entry.until.filter(|u| u.value < today) {
                let (rule, day) = (&entry.rule.value, date_of(until.value));
                notes.push(AcceptanceNote {
                    code: "expired-acceptance",
                    message: said!(
                        "the acceptance of `{rule}` expired on {day}: the violation counts again",
                        "de aanvaarding van `{rule}` is op {day} verlopen: de schending telt weer"
                    ),
                    location,
                });
                continue;
            }
            let subject = entry.subject.as_ref().map(|s| s.value.as_str());
            let matched = reports
                .iter_mut()
                .filter(|r| canonical(Path::new(&r.model)) == model)
                .flat_map(|r| r.verdicts.iter_mut())
                .filter(|v| v.rule == entry.rule.value && v.subject.as_deref() == subject)
                .filter(|v| v.status == Status::Violated)
                .map(|v| {
                    v.accepted = Some(Accepted {
                        reason: entry.reason.value.clone(),
                        accepted_by: entry.accepted_by.value.clone(),
                        until: entry.until.map(|u| date_of(u.value)),
                        location: location.clone(),
                    });
                })
                .count();
            if matched == 0 {
                let (rule, subject) = (&entry.rule.value, subject.unwrap_or("(model)"));
                let model = &entry.model.value;
                notes.push(AcceptanceNote {
                    code: "stale-acceptance",
                    message: said!(
                        "the acceptance of `{rule}` for `{subject}` in `{model}` matches no violation",
                        "de aanvaarding van `{rule}` voor `{subject}` in `{model}` past op geen schending"
                    ),
                    location,
                });
            }
        }
        for report in reports.iter_mut() {
            report.summary.accepted = report
                .verdicts
                .iter()
                .filter(|v| v.accepted.is_some())
                .count();
        }
        notes
    }
}

/// Today as a day number: `TOETS_TODAY` (`YYYY-MM-DD`) when set, so that a run can be repeated
/// to the byte, else the system's date (UTC). The expiry of acceptances is the only thing in a
/// report that depends on the day.
pub fn today() -> i64 {
    let pinned = std::env::var("TOETS_TODAY").ok().and_then(|day| {
        let parts: Vec<&str> = day.split('-').collect();
        match parts.as_slice() {
            [y, m, d] => {
                crate::model::day_number(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
            }
            _ => None,
        }
    });
    pinned.unwrap_or_else(|| {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        i64::try_from(seconds / 86_400).unwrap_or(0)
    })
}

/// A starting accept file for the violations of `reports`: one `[[accept]]` each, its reason and
/// who accepted it left for the team to fill in. `folder` is where the file will be: each
/// `model` is a path from there.
pub fn starting_file(reports: &[Report], folder: &Path) -> String {
    let mut out = String::from(
        "# Accepted findings for `toets check` (found beside the models as toets-accept.toml, or\n\
         # given with --accept). Each violation below is accepted until its entry is removed: say\n\
         # why, and who accepted it; `until = \"YYYY-MM-DD\"` makes an acceptance expire.\n",
    );
    for report in reports {
        let model = relative_to(Path::new(&report.model), folder);
        for verdict in report
            .verdicts
            .iter()
            .filter(|v| v.status == Status::Violated)
        {
            out.push_str(&format!(
                "\n[[accept]]\nmodel = {}\nrule = \"{}\"\n",
                toml_string(&model),
                verdict.rule
            ));
            if let Some(subject) = &verdict.subject {
                out.push_str(&format!("subject = {}\n", toml_string(subject)));
            }
            out.push_str("reason = \"TODO: why this violation is accepted\"\naccepted_by = \"TODO: who accepted it\"\n");
        }
    }
    out
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `path` as seen from `folder` (both as the file system resolves them): `../models/x.toml`.
fn relative_to(path: &Path, folder: &Path) -> String {
    let (path, folder) = (canonical(path), canonical(folder));
    let common = path
        .components()
        .zip(folder.components())
        .take_while(|(a, b)| a == b)
        .count();
    let ups = folder.components().count() - common;
    let mut relative = PathBuf::new();
    for _ in 0..ups {
        relative.push("..");
    }
    relative.extend(path.components().skip(common));
    relative.to_string_lossy().into_owned()
}
