//! `toets diff OLD NEW`: what changed between two drafts, in their verdicts and in their
//! elements.
//!
//! Verdicts are matched by rule and subject. The subject of an agreement-level verdict is the
//! agreement; when each draft has one agreement they are matched whatever their ids, since a
//! renamed agreement is the same agreement to an adviser. A verdict *got worse* when its status
//! moved towards violated (holds → unknown → violated), or when a new subject is not holding.

use crate::check::Report;
use crate::lang::{Lang, say};
use crate::model::{
    About, Body, Decision, Model, Plan, ProcessStep, Region, Relation, Right, RightTarget,
};
use crate::verdict::Status;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How one verdict changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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

#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct VerdictChange {
    pub rule: &'static str,
    pub subject: Option<String>,
    pub old: Option<Status>,
    pub new: Option<Status>,
    pub change: Change,
}

/// A model element that was added, removed or changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Diff {
    pub schema_version: u32,
    pub old: String,
    pub new: String,
    pub verdicts: Vec<VerdictChange>,
    pub elements: Vec<ElementChange>,
    /// The language of the element descriptions and of the text rendering; JSON keys and
    /// `change` words stay English.
    #[serde(skip)]
    pub lang: Lang,
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

/// Compares two drafts and their reports, describing elements in `lang`.
pub fn diff(old_model: &Model, old: &Report, new_model: &Model, new: &Report, lang: Lang) -> Diff {
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
        elements: elements(old_model, new_model, lang),
        lang,
    }
}

/// Every element of a model by a key that names it, with a description of its content.
fn inventory(model: &Model, lang: Lang) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    let commissioners: Vec<String> = model
        .commissioners
        .iter()
        .map(|&c| party_id(model, c))
        .collect();
    items.insert(
        lang.pick("the commissioners", "de opdrachtgevers")
            .to_string(),
        commissioners.join(", "),
    );
    for p in &model.parties {
        let (id, kind, side) = (&p.id, p.kind, crate::rules::side_name(p.side, lang));
        items.insert(
            say!(lang, "party `{id}`", "partij `{id}`"),
            format!("{kind}, {side}"),
        );
    }
    for b in &model.bodies {
        let id = &b.id;
        items.insert(
            say!(lang, "body `{id}`", "orgaan `{id}`"),
            body_description(model, b, lang),
        );
    }
    for a in &model.agreements {
        for c in &a.commissioners {
            let (who, role) = (party_id(model, c.party), &c.role);
            items.insert(
                say!(
                    lang,
                    "commissioner `{who}` of the agreement",
                    "opdrachtgever `{who}` van het akkoord"
                ),
                say!(lang, "role `{role}`", "rol `{role}`"),
            );
        }
    }
    for r in &model.relations {
        let (name, content) = relation_entry(model, r, lang);
        items.insert(name, content);
    }
    for r in &model.rights {
        let (name, content) = right_entry(model, r, lang);
        items.insert(name, content);
    }
    for r in &model.regions {
        let id = &r.id;
        items.insert(
            say!(lang, "region `{id}`", "regio `{id}`"),
            region_description(model, r, lang),
        );
    }
    for p in &model.plans {
        let id = &p.id;
        items.insert(
            say!(lang, "plan `{id}`", "plan `{id}`"),
            plan_description(model, p, lang),
        );
    }
    for d in &model.decisions {
        let id = &d.id;
        items.insert(
            say!(lang, "decision `{id}`", "besluit `{id}`"),
            decision_description(model, d, lang),
        );
    }
    for step in &model.process {
        let id = &step.id;
        items.insert(
            say!(lang, "process step `{id}`", "processtap `{id}`"),
            process_step_description(model, step, lang),
        );
    }
    provenance_entries(model, lang, &mut items);
    items
}

/// The status of the text, the documents and the readings, as `toets diff` compares them.
fn provenance_entries(model: &Model, lang: Lang, items: &mut BTreeMap<String, String>) {
    items.insert(
        lang.pick("the status of the text", "de status van de tekst")
            .to_string(),
        model.status.to_string(),
    );
    for d in &model.documents {
        let id = &d.id;
        items.insert(
            say!(lang, "document `{id}`", "document `{id}`"),
            format!("{} — {}, {}", d.title, d.author, d.date),
        );
    }
    for r in &model.readings {
        let element = r.element.get(lang);
        let mut name = match &r.field {
            Some((field, _)) => say!(
                lang,
                "reading of {element}, `{field}`",
                "lezing van {element}, `{field}`"
            ),
            None => say!(lang, "reading of {element}", "lezing van {element}"),
        };
        while items.contains_key(&name) {
            name.push('+');
        }
        items.insert(name, r.says.clone());
    }
}

/// The id of party `p`.
fn party_id(model: &Model, p: usize) -> String {
    model.parties[p].id.clone()
}

/// Parties as a list of quoted ids: `` `a`, `b` ``.
fn party_list(model: &Model, ps: &[usize]) -> String {
    ps.iter()
        .map(|&p| format!("`{}`", party_id(model, p)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A body's members, with their votes when a member has more than one.
fn body_description(model: &Model, body: &Body, lang: Lang) -> String {
    let members: Vec<String> = body
        .members
        .iter()
        .map(|m| {
            if m.votes == 1 {
                party_id(model, m.party)
            } else {
                let (member, votes) = (party_id(model, m.party), m.votes);
                say!(
                    lang,
                    "{member} ({votes} votes)",
                    "{member} ({votes} stemmen)"
                )
            }
        })
        .collect();
    let members = members.join(", ");
    say!(lang, "members {members}", "leden {members}")
}

/// A relation's name (with the year, stream and nature of a funding) and its content (the
/// amount of a funding, else `present`).
fn relation_entry(model: &Model, r: &Relation, lang: Lang) -> (String, String) {
    let (from, kind, to) = (model.element_id(r.from), r.kind, model.element_id(r.to));
    let mut name = say!(
        lang,
        "relation `{from}` {kind} `{to}`",
        "relatie `{from}` {kind} `{to}`"
    );
    let mut content = lang.pick("present", "aanwezig").to_string();
    if let Some(f) = &r.funding {
        let _ = write!(name, " ({} {}, {})", f.year, f.stream, f.nature);
        content = format!("€{}", f.amount);
    }
    (name, content)
}

/// A right's name (its kind, holder and what it is over) and whether it is held as system
/// responsibility.
fn right_entry(model: &Model, r: &Right, lang: Lang) -> (String, String) {
    let over = match r.over {
        RightTarget::Agreement(_) => lang.pick("the agreement", "het akkoord").to_string(),
        RightTarget::Decision(d) => format!("`{}`", model.decisions[d].id),
    };
    let (kind, holder) = (r.kind, party_id(model, r.holder));
    let name = say!(
        lang,
        "right `{kind}` of `{holder}` over {over}",
        "recht `{kind}` van `{holder}` over {over}"
    );
    let content = if r.system_responsibility {
        lang.pick(
            "as system responsibility",
            "als systeemverantwoordelijkheid",
        )
    } else {
        lang.pick("held", "gehouden")
    }
    .to_string();
    (name, content)
}

/// A region's market leaders and municipalities, and its mandaatgemeente and review body when
/// it has them.
fn region_description(model: &Model, r: &Region, lang: Lang) -> String {
    let (leaders, municipalities) = (
        party_list(model, &r.market_leaders),
        party_list(model, &r.municipalities),
    );
    let mut content = say!(
        lang,
        "market leaders {leaders}; municipalities {municipalities}",
        "marktleiders {leaders}; gemeenten {municipalities}"
    );
    if let Some(m) = r.mandate_municipality {
        let m = party_id(model, m);
        content += &say!(
            lang,
            "; mandate municipality `{m}`",
            "; mandaatgemeente `{m}`"
        );
    }
    if let Some(b) = r.review_body {
        let b = &model.bodies[b].id;
        content += &say!(lang, "; review body `{b}`", "; toetsingsorgaan `{b}`");
    }
    content
}

/// A plan's region and the stream it is paid from.
fn plan_description(model: &Model, p: &Plan, lang: Lang) -> String {
    let region = p
        .region
        .map_or(lang.pick("no region", "geen regio").to_string(), |r| {
            let id = &model.regions[r].id;
            say!(lang, "region `{id}`", "regio `{id}`")
        });
    let stream = p.funded_by;
    say!(
        lang,
        "{region}, paid from {stream}",
        "{region}, betaald uit {stream}"
    )
}

/// What a decision is about, then each of its steps with its rule.
fn decision_description(model: &Model, d: &Decision, lang: Lang) -> String {
    let mut content = decision_about(d, lang);
    for step in &d.steps {
        let name = if step.implicit {
            lang.pick("rule", "regel").to_string()
        } else {
            let step = &step.name;
            say!(lang, "step `{step}`", "stap `{step}`")
        };
        let _ = write!(content, "; {name}: {}", model.rule_text(&step.rule));
    }
    content
}

/// What a decision is about: the agreement, the process, or plans (every plan, or those paid
/// from some streams).
fn decision_about(d: &Decision, lang: Lang) -> String {
    match d.about {
        About::Agreement(_) => lang
            .pick("about the agreement", "over het akkoord")
            .to_string(),
        About::Process(_) => lang
            .pick("about the process", "over het proces")
            .to_string(),
        About::Plans => match &d.funded_by {
            None => lang
                .pick("reviews every plan", "toetst elk plan")
                .to_string(),
            Some(streams) => {
                let streams = streams
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                say!(
                    lang,
                    "reviews plans paid from {streams}",
                    "toetst plannen betaald uit {streams}"
                )
            }
        },
    }
}

/// A process step's kind, then who takes it, what it comes after, its earliest day, its
/// deadline and its days, as far as it has them.
fn process_step_description(model: &Model, step: &ProcessStep, lang: Lang) -> String {
    let mut content = step.kind.to_string();
    if let Some(by) = step.by {
        let by = party_id(model, by);
        content += &say!(lang, "; by `{by}`", "; door `{by}`");
    }
    if !step.after.is_empty() {
        let after: Vec<String> = step
            .after
            .iter()
            .map(|&p| format!("`{}`", model.process[p].id))
            .collect();
        let after = after.join(", ");
        content += &say!(lang, "; after {after}", "; na {after}");
    }
    if let Some(day) = step.earliest {
        let day = crate::model::date_of(day);
        content += &say!(lang, "; earliest {day}", "; vroegst {day}");
    }
    if let Some(day) = step.deadline {
        let day = crate::model::date_of(day);
        content += &say!(lang, "; deadline {day}", "; uiterlijk {day}");
    }
    if step.days > 0 {
        let days = step.days;
        content += &say!(lang, "; {days} days", "; {days} dagen");
    }
    content
}

fn elements(old: &Model, new: &Model, lang: Lang) -> Vec<ElementChange> {
    let before = inventory(old, lang);
    let after = inventory(new, lang);
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
    let lang = diff.lang;
    let mut out = format!(
        "{} → {}\n\n{}\n",
        diff.old,
        diff.new,
        lang.pick("Verdicts", "Oordelen")
    );
    let status = |s: Option<Status>| {
        s.map_or("-", |s| match s {
            Status::Holds => lang.pick("holds", "voldaan"),
            Status::Violated => lang.pick("violated", "niet voldaan"),
            Status::Unknown => lang.pick("unknown", "onbeslist"),
        })
    };
    for v in &diff.verdicts {
        let label = match v.change {
            Change::Improved => lang.pick("improved", "beter"),
            Change::Worse => lang.pick("WORSE", "SLECHTER"),
            Change::Same => lang.pick("same", "gelijk"),
            Change::New => lang.pick("new", "nieuw"),
            Change::Gone => lang.pick("gone", "vervallen"),
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
    let _ = writeln!(out, "\n{}", lang.pick("Elements", "Elementen"));
    if diff.elements.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            lang.pick("(no element changed)", "(geen element gewijzigd)")
        );
    }
    for e in &diff.elements {
        let change = match (e.change, lang) {
            (_, Lang::En) => e.change,
            ("removed", Lang::Nl) => "weg",
            ("added", Lang::Nl) => "nieuw",
            (_, Lang::Nl) => "gewijzigd",
        };
        let width = if lang == Lang::En { 8 } else { 9 };
        match &e.detail {
            Some(detail) => {
                let _ = writeln!(out, "  {change:<width$} {}: {detail}", e.element);
            }
            None => {
                let _ = writeln!(out, "  {change:<width$} {}", e.element);
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
    let changed = diff.elements.len();
    let _ = writeln!(
        out,
        "\n{}",
        say!(
            lang,
            "{improved} improved, {worse} worse; {changed} elements changed",
            "{improved} beter, {worse} slechter; {changed} elementen gewijzigd"
        )
    );
    out
}
