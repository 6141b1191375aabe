//! The words rules write counterexamples in, in both languages: lists of parties, sides,
//! verbs that agree with their subject, and cited clauses.

use crate::lang::{Lang, say};
use crate::model::{Cited, Model, PartyId, Side};
use crate::verdict::{Clause, Counterexample, Detail, Finding};

/// The text with its first letter in upper case.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The counterexample of a structural rule: its findings, said one after the other.
pub(crate) fn facts_counterexample(findings: Vec<Finding>, clauses: Vec<Clause>) -> Counterexample {
    let summary = findings
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Counterexample {
        summary: capitalise(&summary) + ".",
        detail: Detail::Facts { findings },
        clauses,
    }
}

/// Cites an element of the model.
pub(crate) fn clause(model: &Model, element: String, cited: &Cited) -> Clause {
    Clause::cite(model, element, cited)
}

/// Party ids, for counterexamples.
pub(crate) fn ids(model: &Model, parties: &[PartyId]) -> Vec<String> {
    parties
        .iter()
        .map(|&p| model.parties[p].id.clone())
        .collect()
}

/// `a`, `a` and `b`, `a`, `b` and `c`; long lists end in "and N more" (in Dutch "en", "en
/// nog N").
pub fn list(items: &[String], lang: Lang) -> String {
    const SHOWN: usize = 8;
    let quoted: Vec<String> = items.iter().take(SHOWN).map(|i| format!("`{i}`")).collect();
    let rest = items.len().saturating_sub(SHOWN);
    let and = lang.pick("and", "en");
    match (quoted.as_slice(), rest) {
        ([], _) => lang.pick("nobody", "niemand").to_string(),
        ([one], 0) => one.clone(),
        (_, 0) => format!(
            "{} {and} {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
        (_, rest) => say!(
            lang,
            "{} and {rest} more",
            "{} en nog {rest}",
            quoted.join(", ")
        ),
    }
}

/// A side of the table in words: "municipal side", "kant van de gemeenten".
pub fn side_name(side: Side, lang: Lang) -> &'static str {
    match side {
        Side::State => lang.pick("state side", "kant van het Rijk"),
        Side::Insurer => lang.pick("insurer side", "kant van de zorgverzekeraars"),
        Side::Municipal => lang.pick("municipal side", "kant van de gemeenten"),
        Side::Provider => lang.pick("provider side", "kant van de zorgaanbieders"),
        Side::Other => lang.pick("other parties", "overige partijen"),
    }
}

/// "consents" or "consent" after a list of `n` parties; in Dutch "stemt in", "stemmen in".
pub(crate) fn consent_verb(n: usize, lang: Lang) -> &'static str {
    match (lang, n == 1) {
        (Lang::En, true) => "consents",
        (Lang::En, false) => "consent",
        (Lang::Nl, true) => "stemt in",
        (Lang::Nl, false) => "stemmen in",
    }
}

/// "refuses" or "refuse" after a list of `n` parties; in Dutch "weigert", "weigeren".
pub(crate) fn refuse_verb(n: usize, lang: Lang) -> &'static str {
    match (lang, n == 1) {
        (Lang::En, true) => "refuses",
        (Lang::En, false) => "refuse",
        (Lang::Nl, true) => "weigert",
        (Lang::Nl, false) => "weigeren",
    }
}
