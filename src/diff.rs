//! `toets diff OLD NEW`: what changed between two drafts, in their verdicts and in their
//! elements.
//!
//! Verdicts are matched by rule and subject. The subject of an agreement-level verdict is the
//! agreement; when each draft has one agreement they are matched whatever their ids, since a
//! renamed agreement is the same agreement to an adviser. A verdict *got worse* when its status
//! moved towards violated (holds → unknown → violated), or when a new subject is not holding.

use crate::check::Report;
use crate::model::{Model, RightTarget};
use crate::verdict::Status;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How one verdict changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Improved,
    Worse,
    Same,
    /// The subject exists only in the new draft.
    New,
    /// The subject exists only in the old draft.
    Gone,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct VerdictChange {
    pub rule: &'static str,
    pub subject: Option<String>,
    pub old: Option<Status>,
    pub new: Option<Status>,
    pub change: Change,
}

/// A model element that was added, removed or changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ElementChange {
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    /// The element, e.g. ``decision `amend` ``.
    pub element: String,
    /// For a changed element: what changed, old → new.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// The difference between two checked drafts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub schema_version: u32,
    pub old: String,
    pub new: String,
    pub verdicts: Vec<VerdictChange>,
    pub elements: Vec<ElementChange>,
}

impl Diff {
    /// Whether any verdict got worse or a new subject does not hold.
    pub fn got_worse(&self) -> bool {
        self.verdicts.iter().any(|v| {
            v.change == Change::Worse || (v.change == Change::New && v.new != Some(Status::Holds))
        })
    }
}

/// The key a verdict is matched by: its rule and its subject, the single agreement of a draft
/// standing for itself whatever its id.
fn key(model: &Model, rule: &'static str, subject: &Option<String>) -> (&'static str, String) {
    let is_agreement = subject
        .as_ref()
        .is_some_and(|s| model.agreements.iter().any(|a| &a.id == s));
    let subject = match subject {
        Some(_) if is_agreement && model.agreements.len() == 1 => "(the agreement)".to_string(),
        Some(s) => s.clone(),
        None => String::new(),
    };
    (rule, subject)
}

/// Compares two drafts and their reports.
pub fn diff(old_model: &Model, old: &Report, new_model: &Model, new: &Report) -> Diff {
    let order: Vec<&str> = crate::rules::ALL.iter().map(|r| r.id).collect();
    let mut matched: BTreeMap<(usize, usize, String), VerdictChange> = BTreeMap::new();
    let rule_index = |rule: &str| order.iter().position(|r| *r == rule).unwrap_or(usize::MAX);
    let mut position = 0;
    for v in &new.verdicts {
        let (rule, subject) = key(new_model, v.rule, &v.subject);
        position += 1;
        matched.insert(
            (rule_index(rule), position, subject),
            VerdictChange {
                rule: v.rule,
                subject: v.subject.clone(),
                old: None,
                new: Some(v.status),
                change: Change::New,
            },
        );
    }
    for v in &old.verdicts {
        let (rule, subject) = key(old_model, v.rule, &v.subject);
        let found = matched.iter_mut().find(|((r, _, s), change)| {
            *r == rule_index(rule) && *s == subject && change.old.is_none()
        });
        match found {
            Some((_, change)) => {
                let new_status = change.new.expect("set for new verdicts");
                change.old = Some(v.status);
                change.change = match new_status.cmp(&v.status) {
                    std::cmp::Ordering::Less => Change::Improved,
                    std::cmp::Ordering::Greater => Change::Worse,
                    std::cmp::Ordering::Equal => Change::Same,
                };
                if let (Some(old_subject), Some(new_subject)) = (&v.subject, &change.subject) {
                    if old_subject != new_subject {
                        change.subject = Some(format!("{old_subject} → {new_subject}"));
                    }
                }
            }
            None => {
                position += 1;
                matched.insert(
                    (rule_index(rule), position, subject),
                    VerdictChange {
                        rule: v.rule,
                        subject: v.subject.clone(),
                        old: Some(v.status),
                        new: None,
                        change: Change::Gone,
                    },
                );
            }
        }
    }
    Diff {
        schema_version: crate::check::SCHEMA_VERSION,
        old: old.model.clone(),
        new: new.model.clone(),
        verdicts: matched.into_values().collect(),
        elements: elements(old_model, new_model),
    }
}

/// Every element of a model by a key that names it, with a description of its content.
fn inventory(model: &Model) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    let party = |p: usize| model.parties[p].id.clone();
    let parties = |ps: &[usize]| {
        ps.iter()
            .map(|&p| format!("`{}`", party(p)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let commissioners: Vec<String> = model.commissioners.iter().map(|&c| party(c)).collect();
    items.insert("the commissioners".to_string(), commissioners.join(", "));
    for p in &model.parties {
        items.insert(
            format!("party `{}`", p.id),
            format!("{}, {} side", p.kind, p.side),
        );
    }
    for b in &model.bodies {
        let members: Vec<String> = b
            .members
            .iter()
            .map(|m| {
                if m.votes == 1 {
                    party(m.party)
                } else {
                    format!("{} ({} votes)", party(m.party), m.votes)
                }
            })
            .collect();
        items.insert(
            format!("body `{}`", b.id),
            format!("members {}", members.join(", ")),
        );
    }
    for a in &model.agreements {
        for c in &a.commissioners {
            items.insert(
                format!("commissioner `{}` of the agreement", party(c.party)),
                format!("role `{}`", c.role),
            );
        }
    }
    for r in &model.relations {
        let mut name = format!(
            "relation `{}` {} `{}`",
            model.element_id(r.from),
            r.kind,
            model.element_id(r.to)
        );
        let mut content = String::from("present");
        if let Some(f) = &r.funding {
            let _ = write!(name, " ({} {}, {})", f.year, f.stream, f.nature);
            content = format!("€{}", f.amount);
        }
        items.insert(name, content);
    }
    for r in &model.rights {
        let over = match r.over {
            RightTarget::Agreement(_) => "the agreement".to_string(),
            RightTarget::Decision(d) => format!("`{}`", model.decisions[d].id),
        };
        items.insert(
            format!("right `{}` of `{}` over {over}", r.kind, party(r.holder)),
            if r.system_responsibility {
                "as system responsibility".to_string()
            } else {
                "held".to_string()
            },
        );
    }
    for r in &model.regions {
        let mut content = format!(
            "market leaders {}; municipalities {}",
            parties(&r.market_leaders),
            parties(&r.municipalities)
        );
        if let Some(m) = r.mandate_municipality {
            let _ = write!(content, "; mandate municipality `{}`", party(m));
        }
        if let Some(b) = r.review_body {
            let _ = write!(content, "; review body `{}`", model.bodies[b].id);
        }
        items.insert(format!("region `{}`", r.id), content);
    }
    for p in &model.plans {
        let region = p.region.map_or("no region".to_string(), |r| {
            format!("region `{}`", model.regions[r].id)
        });
        items.insert(
            format!("plan `{}`", p.id),
            format!("{region}, paid from {}", p.funded_by),
        );
    }
    for d in &model.decisions {
        let mut content = match d.about {
            crate::model::About::Agreement(_) => "about the agreement".to_string(),
            crate::model::About::Process(_) => "about the process".to_string(),
            crate::model::About::Plans => match &d.funded_by {
                None => "reviews every plan".to_string(),
                Some(streams) => format!(
                    "reviews plans paid from {}",
                    streams
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
        };
        for step in &d.steps {
            let name = if step.implicit {
                "rule".to_string()
            } else {
                format!("step `{}`", step.name)
            };
            let _ = write!(content, "; {name}: {}", model.rule_text(&step.rule));
        }
        items.insert(format!("decision `{}`", d.id), content);
    }
    for step in &model.process {
        let mut content = step.kind.to_string();
        if let Some(by) = step.by {
            let _ = write!(content, "; by `{}`", party(by));
        }
        if !step.after.is_empty() {
            let after: Vec<String> = step
                .after
                .iter()
                .map(|&p| format!("`{}`", model.process[p].id))
                .collect();
            let _ = write!(content, "; after {}", after.join(", "));
        }
        if let Some(day) = step.earliest {
            let _ = write!(content, "; earliest {}", crate::model::date_of(day));
        }
        if let Some(day) = step.deadline {
            let _ = write!(content, "; deadline {}", crate::model::date_of(day));
        }
        if step.days > 0 {
            let _ = write!(content, "; {} days", step.days);
        }
        items.insert(format!("process step `{}`", step.id), content);
    }
    items
}

fn elements(old: &Model, new: &Model) -> Vec<ElementChange> {
    let before = inventory(old);
    let after = inventory(new);
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    names
        .into_iter()
        .filter_map(|name| match (before.get(name), after.get(name)) {
            (Some(_), None) => Some(ElementChange {
                change: "removed",
                element: name.clone(),
                detail: None,
            }),
            (None, Some(_)) => Some(ElementChange {
                change: "added",
                element: name.clone(),
                detail: None,
            }),
            (Some(was), Some(now)) if was != now => Some(ElementChange {
                change: "changed",
                element: name.clone(),
                detail: Some(changed_parts(was, now)),
            }),
            _ => None,
        })
        .collect()
}

/// The parts (separated by `; `) of a description that differ, old → new.
fn changed_parts(was: &str, now: &str) -> String {
    let old_parts: Vec<&str> = was.split("; ").collect();
    let new_parts: Vec<&str> = now.split("; ").collect();
    let gone: Vec<&str> = old_parts
        .iter()
        .copied()
        .filter(|p| !new_parts.contains(p))
        .collect();
    let came: Vec<&str> = new_parts
        .iter()
        .copied()
        .filter(|p| !old_parts.contains(p))
        .collect();
    let side = |parts: &[&str]| {
        if parts.is_empty() {
            "-".to_string()
        } else {
            parts.join("; ")
        }
    };
    format!("{} → {}", side(&gone), side(&came))
}

/// The diff as text for people.
pub fn text(diff: &Diff) -> String {
    let mut out = format!("{} → {}\n\nVerdicts\n", diff.old, diff.new);
    let status = |s: Option<Status>| s.map_or("-", Status::as_str);
    for v in &diff.verdicts {
        let label = match v.change {
            Change::Improved => "improved",
            Change::Worse => "WORSE",
            Change::Same => "same",
            Change::New => "new",
            Change::Gone => "gone",
        };
        let _ = writeln!(
            out,
            "  {label:<9} {:<20} {:<40} {} → {}",
            v.rule,
            v.subject.as_deref().unwrap_or("(model)"),
            status(v.old),
            status(v.new)
        );
    }
    let _ = writeln!(out, "\nElements");
    if diff.elements.is_empty() {
        let _ = writeln!(out, "  (no element changed)");
    }
    for e in &diff.elements {
        match &e.detail {
            Some(detail) => {
                let _ = writeln!(out, "  {:<8} {}: {detail}", e.change, e.element);
            }
            None => {
                let _ = writeln!(out, "  {:<8} {}", e.change, e.element);
            }
        }
    }
    let improved = diff
        .verdicts
        .iter()
        .filter(|v| v.change == Change::Improved)
        .count();
    let worse = diff
        .verdicts
        .iter()
        .filter(|v| v.change == Change::Worse)
        .count();
    let _ = writeln!(
        out,
        "\n{improved} improved, {worse} worse; {} elements changed",
        diff.elements.len()
    );
    out
}
