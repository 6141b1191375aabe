//! How each verdict depends on the modeller's readings.
//!
//! Each reading is taken back on its own ([`super::variants`]), and all of them together (the
//! text alone), and the model is checked again each time — in the same session, so that only
//! the obligations a reading touches are solved anew. A verdict that changes when a reading is
//! taken back depends on it.

use super::engine::{Solved, check_with};
use super::loading::load_variant;
use super::options::Options;
use super::results::Report;
use super::variants::text_without;
use crate::lang::{Lang, say};
use crate::language::source::SourceFile;
use crate::model::Model;
use crate::verdict::{ChangedBy, Sensitivity, Status, Without};
use std::collections::HashMap;

/// The verdicts of the model whose text is `text`, by rule and subject; `None` when that text
/// is no valid model (with the first problem).
fn verdicts_of(
    model: &Model,
    text: String,
    options: &Options,
    jobs: usize,
    solved: &Solved,
) -> Result<HashMap<(&'static str, Option<String>), Status>, String> {
    let variant = load_variant(SourceFile::new(model.file.path.clone(), text))
        .map_err(|rejected| rejected.render_in(options.lang))?;
    let checked = check_with(&variant, options, jobs, solved);
    Ok(checked
        .report
        .verdicts
        .into_iter()
        .map(|v| ((v.rule, v.subject), v.status))
        .collect())
}

/// What a verdict becomes in a variant of the model.
fn becomes(
    variant: &Result<HashMap<(&'static str, Option<String>), Status>, String>,
    key: &(&'static str, Option<String>),
) -> Without {
    match variant {
        Err(_) => Without::Invalid,
        Ok(verdicts) => verdicts
            .get(key)
            .map_or(Without::Gone, |s| Without::from(*s)),
    }
}

/// Adds to every verdict of `report` how it depends on the readings of `model`.
pub(super) fn attach(
    report: &mut Report,
    model: &Model,
    options: &Options,
    jobs: usize,
    solved: &Solved,
) {
    if model.readings.is_empty() {
        return;
    }
    let all: Vec<usize> = (0..model.readings.len()).collect();
    let alone = verdicts_of(model, text_without(model, &all), options, jobs, solved);
    let each: Vec<_> = all
        .iter()
        .map(|&r| verdicts_of(model, text_without(model, &[r]), options, jobs, solved))
        .collect();
    let lang = options.lang;
    for verdict in &mut report.verdicts {
        let key = (verdict.rule, verdict.subject.clone());
        let text_alone = becomes(&alone, &key);
        let changed_by: Vec<ChangedBy> = each
            .iter()
            .enumerate()
            .map(|(reading, variant)| ChangedBy {
                reading,
                becomes: becomes(variant, &key),
            })
            .filter(|c| c.becomes != Without::from(verdict.status))
            .collect();
        let summary = summary(verdict.status, text_alone, &changed_by, lang);
        // A reading that changes the verdict is one it rests on, whether or not its element is
        // among the clauses the verdict cites.
        verdict
            .readings
            .extend(changed_by.iter().map(|c| c.reading));
        verdict.readings.sort_unstable();
        verdict.readings.dedup();
        verdict.sensitivity = Some(Sensitivity {
            text_alone,
            changed_by,
            summary,
        });
    }
    report.summary.on_readings = report
        .verdicts
        .iter()
        .filter(|v| !v.readings.is_empty())
        .count();
}

/// "R1", "R1 and R3", "R1, R2 and R4".
fn labels(readings: &[usize], lang: Lang) -> String {
    let names: Vec<String> = readings.iter().map(|r| format!("R{}", r + 1)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), lang.pick("and", "en")),
    }
}

/// A verdict's status in words, as a sentence says it.
fn said(without: Without, lang: Lang) -> &'static str {
    match without {
        Without::Holds => lang.pick("holds", "voldaan"),
        Without::Violated => lang.pick("violated", "niet voldaan"),
        Without::Unknown => lang.pick("unknown", "onbeslist"),
        Without::Gone => lang.pick("without a subject", "zonder onderwerp"),
        Without::Invalid => lang.pick("not a valid model", "geen geldig model"),
    }
}

/// The dependence of a verdict on the readings, in words.
fn summary(status: Status, text_alone: Without, changed_by: &[ChangedBy], lang: Lang) -> String {
    let now = said(Without::from(status), lang);
    let alone = said(text_alone, lang);
    let readings: Vec<usize> = changed_by.iter().map(|c| c.reading).collect();
    let which = labels(&readings, lang);
    let first = changed_by.first().map(|c| said(c.becomes, lang));
    match (text_alone == Without::from(status), first) {
        (true, None) => say!(
            lang,
            "{now} as the text stands",
            "{now} zoals de tekst luidt"
        ),
        (true, Some(becomes)) if readings.len() == 1 => say!(
            lang,
            "{now} on the text alone too; without {which} alone: {becomes}",
            "ook {now} op de tekst alleen; zonder alleen {which}: {becomes}"
        ),
        (true, Some(becomes)) => say!(
            lang,
            "{now} on the text alone too; without any one of {which}: {becomes}",
            "ook {now} op de tekst alleen; zonder één van {which}: {becomes}"
        ),
        (false, Some(_)) => match status {
            Status::Violated => say!(
                lang,
                "violated only under {which}; on the text alone: {alone}",
                "alleen niet voldaan onder {which}; op de tekst alleen: {alone}"
            ),
            Status::Holds => say!(
                lang,
                "holds only under {which}; on the text alone: {alone}",
                "alleen voldaan onder {which}; op de tekst alleen: {alone}"
            ),
            Status::Unknown => say!(
                lang,
                "unknown under {which}; on the text alone: {alone}",
                "onbeslist onder {which}; op de tekst alleen: {alone}"
            ),
        },
        (false, None) => say!(
            lang,
            "{now} only under the readings taken together; on the text alone: {alone}",
            "alleen {now} onder de lezingen samen; op de tekst alleen: {alone}"
        ),
    }
}
