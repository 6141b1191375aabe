//! The rules `toets` decides: one file per rule, each holding the rule's explanation (its doc
//! comment, which is also what `toets explain` prints), its proof obligations, and how a model
//! of an obligation becomes a counterexample.
//!
//! Every obligation a rule states is satisfiable exactly when the rule is violated for that
//! obligation's subject and case; see [`crate::encode`].

use crate::encode::Obligation;
use crate::graph::GovernanceGraph;
use crate::lang::{Lang, Text, say};
use crate::model::{Cited, Model, PartyId, Region, Side};
use crate::verdict::{Clause, Counterexample, PowerOf};
use std::ops::Not as _;

mod all_commission;
mod budget_autonomy;
mod chain_approaches;
mod equal_power;
mod equal_rights;
mod joint_direction;
mod joint_review;
mod mandate_structure;
pub mod money_balance;
mod money_no_exemption;
mod no_decision_without;
mod no_subordination;
pub mod process_order;
mod process_schedule;
mod review_coverage;

/// What a rule reads.
pub struct Input<'a> {
    pub model: &'a Model,
    pub graph: &'a GovernanceGraph,
    /// The language of the texts a rule writes: cases, clauses, counterexamples.
    pub lang: Lang,
    /// The years the money rules check, from the command line; else the model's.
    pub years: Option<(i32, i32)>,
}

/// A rule: its id, its place, its explanation, and how it is checked.
pub struct Rule {
    /// Stable kebab-case id, used on the command line and in JSON.
    pub id: &'static str,
    pub family: Family,
    /// One line.
    pub title: Text,
    /// What it checks, its legal basis (the seed sentence in Dutch, with its translation), its
    /// formal statement, and what a counterexample looks like. The English is the rule's doc
    /// comment.
    pub explanation: Text,
    /// A small model for which the rule holds, and one for which it is violated: fixtures of
    /// `tests/fixtures/<rule>/`, which the tests check to conclude so.
    pub example_holds: &'static str,
    pub example_violated: &'static str,
    /// The proof obligations for a model, grouped by subject in the order they are reported.
    pub obligations: fn(&Input<'_>) -> Vec<Obligation>,
    /// Turns a model of one of the rule's obligations into a counterexample.
    pub counterexample: fn(&Input<'_>, &Obligation, &[bool]) -> Counterexample,
    /// What a verdict on a subject measures besides its status: the commissioners' voting
    /// power, for `equal-power`.
    pub measure: fn(&Input<'_>, Option<&str>) -> Vec<PowerOf>,
    /// For a rule whose obligations are of [`crate::encode::Polarity::UnsatViolates`]: how an
    /// unsat core and a model are read.
    pub unsat_violates: Option<UnsatViolates>,
}

/// The measure of the rules that measure nothing.
fn no_measure(_: &Input<'_>, _: Option<&str>) -> Vec<PowerOf> {
    Vec::new()
}

/// How a rule whose obligations are satisfiable when it holds reads the solver's answers.
pub struct UnsatViolates {
    /// Turns a minimal unsat core (indices of the obligation's assertions) into a
    /// counterexample: the constraints that cannot all be met.
    pub counterexample: fn(&Input<'_>, &Obligation, &[usize]) -> Counterexample,
    /// Turns a model (Boolean and integer values) into the witness shown when the rule holds.
    pub witness: fn(&Input<'_>, &Obligation, &[bool], &[i64]) -> Vec<crate::verdict::Scheduled>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    EqualCommissioning,
    JointPlanReview,
    Money,
    Process,
    Mandate,
}

impl Family {
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Family::EqualCommissioning => {
                lang.pick("Equal commissioning", "Gelijkwaardig opdrachtgeverschap")
            }
            Family::JointPlanReview => lang.pick(
                "Joint plan review",
                "Gezamenlijke toetsing van transformatieplannen",
            ),
            Family::Money => lang.pick("Money", "Financiën"),
            Family::Process => lang.pick("Process", "Proces"),
            Family::Mandate => lang.pick(
                "Mandate and municipal autonomy",
                "Mandaat en gemeentelijke autonomie",
            ),
        }
    }
}

/// Declares a rule whose doc comment is its English explanation, with its Dutch title and
/// explanation, and its two example fixtures (paths under `tests/fixtures/`).
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        pub static $name:ident = {
            id: $id:literal,
            family: $family:expr,
            title: $title:literal,
            title_nl: $title_nl:literal,
            explanation_nl: $explanation_nl:literal,
            example_holds: $holds:literal,
            example_violated: $violated:literal,
            obligations: $obligations:path,
            counterexample: $counterexample:path
            $(, measure: $measure:path)?
            $(, unsat_counterexample: $unsat:path, witness: $witness:path)? $(,)?
        };
    ) => {
        $(#[doc = $doc])*
        pub static $name: $crate::rules::Rule = $crate::rules::Rule {
            id: $id,
            family: $family,
            title: $crate::lang::Text { en: $title, nl: $title_nl },
            explanation: $crate::lang::Text {
                en: concat!($($doc, "\n"),*),
                nl: $explanation_nl,
            },
            example_holds: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/",
                $holds
            )),
            example_violated: include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/",
                $violated
            )),
            obligations: $obligations,
            counterexample: $counterexample,
            measure: $crate::rules::rule!(@measure $($measure)?),
            unsat_violates: $crate::rules::rule!(@unsat $(($unsat, $witness))?),
        };
    };
    (@measure) => { $crate::rules::no_measure };
    (@measure $measure:path) => { $measure };
    (@unsat) => { None };
    (@unsat ($unsat:path, $witness:path)) => {
        Some($crate::rules::UnsatViolates { counterexample: $unsat, witness: $witness })
    };
}
pub(crate) use rule;

/// Every rule, in the order reports list them.
pub static ALL: &[&Rule] = &[
    &all_commission::ALL_COMMISSION,
    &no_decision_without::NO_DECISION_WITHOUT,
    &equal_power::EQUAL_POWER,
    &equal_rights::EQUAL_RIGHTS,
    &no_subordination::NO_SUBORDINATION,
    &joint_direction::JOINT_DIRECTION,
    &joint_review::JOINT_REVIEW,
    &money_no_exemption::MONEY_NO_EXEMPTION,
    &review_coverage::REVIEW_COVERAGE,
    &money_balance::MONEY_BALANCE,
    &process_order::PROCESS_ORDER,
    &process_schedule::PROCESS_SCHEDULE,
    &budget_autonomy::BUDGET_AUTONOMY,
    &mandate_structure::MANDATE_STRUCTURE,
    &chain_approaches::CHAIN_APPROACHES,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|rule| rule.id == id)
}

impl Rule {
    /// The explanation as plain text, without the doc comments' leading spaces.
    pub fn explanation_text(&self, lang: Lang) -> String {
        self.explanation
            .get(lang)
            .lines()
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

/// What `toets explain` prints and docs/rules/<rule>.md holds: the rule's title and
/// explanation, what a proof that it holds rests on, and its two example models.
pub fn explain(rule: &Rule, lang: Lang) -> String {
    let (holds, example_holds, example_violated) = match lang {
        Lang::En => (
            "## When it holds\n\
             The report lists what the proof rests on: the elements of the model, each cited with \
             its source and its line, that together prove the rule, found from the solver's unsat \
             core and then made minimal. Each of them is needed by the proof (leave it out and \
             the proof fails), so none may be negotiated away without checking again.",
            "## A model for which it holds",
            "## A model that violates it",
        ),
        Lang::Nl => (
            "## Als de regel voldaan is\n\
             Het rapport noemt waar het bewijs op rust: de elementen van het model, elk met zijn \
             bron en zijn regel, die samen de regel bewijzen, gevonden uit de onvervulbare kern \
             van de solver en daarna minimaal gemaakt. Elk ervan is nodig voor het bewijs (laat \
             het weg en het bewijs faalt), dus geen ervan kan worden weggeonderhandeld zonder \
             opnieuw te toetsen.",
            "## Een model waarvoor de regel voldaan is",
            "## Een model dat de regel schendt",
        ),
    };
    format!(
        "# {}: {}\n\n{}\n\n{holds}\n\n{example_holds}\n\n```toml\n{}```\n\n{example_violated}\n\n```toml\n{}```\n",
        rule.id,
        rule.title.get(lang),
        rule.explanation_text(lang),
        rule.example_holds,
        rule.example_violated,
    )
}

/// The text with its first letter in upper case.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The counterexample of a structural rule: its findings, said one after the other.
pub(crate) fn facts_counterexample(
    findings: Vec<crate::verdict::Finding>,
    clauses: Vec<Clause>,
) -> Counterexample {
    let summary = findings
        .iter()
        .map(|f| f.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    Counterexample {
        summary: capitalise(&summary) + ".",
        detail: crate::verdict::Detail::Facts { findings },
        clauses,
    }
}

/// The clauses of a decision's steps, each cited where its rule is written.
pub(crate) fn step_clauses(
    model: &Model,
    decision: &crate::model::Decision,
    lang: Lang,
) -> Vec<Clause> {
    decision
        .steps
        .iter()
        .map(|s| clause(model, s.label(decision, lang), &s.cited))
        .collect()
}

/// Cites an element of the model.
pub(crate) fn clause(model: &Model, element: String, cited: &Cited) -> Clause {
    Clause::cite(model, element, cited)
}

/// Asserts that every step of `decision` passes ([`crate::encode::step_passes`]: each
/// requirement citing where the step names it), `with` saying under what, e.g. "with `vws`, ".
pub(crate) fn assert_steps_pass(
    input: &Input<'_>,
    ob: &mut Obligation,
    decision: &crate::model::Decision,
    with: &str,
) {
    for (s, step) in decision.steps.iter().enumerate() {
        let passes = crate::encode::step_passes(input.model, ob, decision, s, None, input.lang);
        ob.assert(
            format!(
                "{with}step `{}` of `{}` passes ({})",
                step.name, decision.id, step.cited.source
            ),
            passes,
        );
    }
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

/// The parties of a side that a review in `region` concerns: those of the side that vote in
/// the review or belong to the region; all of the side if none do.
pub(crate) fn side_parties_in_view(
    model: &Model,
    side: Side,
    region: Option<&Region>,
    voters: &[PartyId],
) -> Vec<PartyId> {
    let of_side: Vec<PartyId> = (0..model.parties.len())
        .filter(|&p| model.parties[p].side == side)
        .collect();
    let in_view: Vec<PartyId> = of_side
        .iter()
        .copied()
        .filter(|p| {
            voters.contains(p)
                || region.is_some_and(|r| {
                    r.municipalities.contains(p)
                        || r.insurers.contains(p)
                        || r.market_leaders.contains(p)
                        || r.mandate_municipality == Some(*p)
                })
        })
        .collect();
    if in_view.is_empty() { of_side } else { in_view }
}

/// The vote a model of an obligation describes, seen from one step of one decision: who
/// consents, who refuses and who stays away, among the step's voters and `also_shown`.
pub(crate) struct VoteView {
    pub consents: Vec<String>,
    pub refuses: Vec<String>,
    pub absent: Vec<String>,
}

pub(crate) fn vote_view(
    input: &Input<'_>,
    obligation: &Obligation,
    values: &[bool],
    rule: &crate::model::Rule,
    region: Option<&Region>,
    also_shown: &[PartyId],
) -> VoteView {
    let model = input.model;
    let votes = crate::encode::votes_of(model, obligation, values);
    let mut shown = crate::vote::voters_of(model, rule, region);
    for &p in also_shown {
        if !shown.contains(&p) {
            shown.push(p);
        }
    }
    let presence = crate::vote::uses_presence(rule);
    let (consenting, rest): (Vec<PartyId>, Vec<PartyId>) =
        shown.into_iter().partition(|&p| votes.consents(p));
    let (refusing, away): (Vec<PartyId>, Vec<PartyId>) = rest
        .into_iter()
        .partition(|&p| !presence || votes.is_present(p));
    VoteView {
        consents: ids(model, &consenting),
        refuses: ids(model, &refusing),
        absent: ids(model, &away),
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

/// The sides whose consent joint review asks for, in the order they are checked.
pub(crate) const REVIEW_SIDES: [Side; 2] = [Side::Insurer, Side::Municipal];

/// `¬consents(p)` for every party of `side` that has a vote in the obligation so far: the side
/// stays out. (A party without a vote in it cannot make it true or false.)
pub(crate) fn side_refuses(model: &Model, obligation: &mut Obligation, side: Side) {
    let voting: Vec<PartyId> = crate::encode::parties_with(model, obligation, "consents.")
        .into_iter()
        .filter(|&p| model.parties[p].side == side)
        .collect();
    let refusals: Vec<crate::encode::Formula> = voting
        .into_iter()
        .map(|p| crate::encode::consents(model, &mut obligation.vars, p).not())
        .collect();
    obligation.assert(
        format!("no party of the {side} side consents"),
        crate::encode::Formula::And(refusals),
    );
}

/// Which review step of which plan a counterexample is about.
pub(crate) struct ReviewCase<'a> {
    pub decision: usize,
    pub step: usize,
    pub region: Option<&'a Region>,
    pub stream: Option<crate::model::Stream>,
    /// How the summary names the plan: "The plan `x`", "A plan in region `r` paid from …".
    pub plan_words: String,
}

/// The counterexample of a plan review step that passes without one side.
pub(crate) fn review_counterexample(
    input: &Input<'_>,
    obligation: &Obligation,
    values: &[bool],
    case: ReviewCase<'_>,
) -> Counterexample {
    let ReviewCase {
        decision,
        step,
        region,
        stream,
        plan_words,
    } = case;
    let model = input.model;
    let side = obligation.focus.side.unwrap_or(Side::Municipal);
    let d = &model.decisions[decision];
    let s = &d.steps[step];
    let voters = crate::vote::voters_of(model, &s.rule, region);
    let left_out = side_parties_in_view(model, side, region, &voters);
    let view = vote_view(input, obligation, values, &s.rule, region, &left_out);
    let lang = input.lang;
    let (label, the_side) = (s.label(d, lang), side_name(side, lang));
    let (consent, refuse) = (
        consent_verb(view.consents.len(), lang),
        refuse_verb(view.refuses.len(), lang),
    );
    let (consents, refuses) = (list(&view.consents, lang), list(&view.refuses, lang));
    let summary = say!(
        lang,
        "{plan_words} passes {label} without the {the_side}: {consents} {consent}, {refuses} {refuse}.",
        "{plan_words} passeert {label} zonder de {the_side}: {consents} {consent}, {refuses} {refuse}.",
    );
    let mut clauses = vec![clause(model, label, &s.cited)];
    if let Some(region) = region {
        let id = &region.id;
        clauses.push(clause(
            model,
            say!(lang, "region `{id}`", "regio `{id}`"),
            &region.cited,
        ));
    }
    Counterexample {
        summary,
        detail: crate::verdict::Detail::Vote {
            decision: d.id.clone(),
            step: s.name.clone(),
            left_out: format!("{side} side"),
            stream,
            consents: view.consents,
            refuses: view.refuses,
            absent: view.absent,
        },
        clauses,
    }
}
