//! What the rules about decisions share: stating that a decision's steps pass, the vote a
//! counterexample describes, and the counterexample of a plan review that passes without one
//! side.

use super::rule::Input;
use super::words::{clause, consent_verb, ids, list, refuse_verb, side_name};
use crate::lang::{Lang, say};
use crate::logic::encode;
use crate::logic::formula::{Formula, Obligation};
use crate::logic::vote;
use crate::model::{Decision, Model, PartyId, Region, Rule, Side, Stream};
use crate::verdict::{Clause, Counterexample, Detail};
use std::ops::Not as _;

/// The clauses of a decision's steps, each cited where its rule is written.
pub(crate) fn step_clauses(model: &Model, decision: &Decision, lang: Lang) -> Vec<Clause> {
    decision
        .steps
        .iter()
        .map(|s| clause(model, s.label(decision, lang), &s.cited))
        .collect()
}

/// Asserts that every step of `decision` passes ([`encode::step_passes`]: each
/// requirement citing where the step names it), `with` saying under what, e.g. "with `vws`, ".
pub(crate) fn assert_steps_pass(
    input: &Input<'_>,
    ob: &mut Obligation,
    decision: &Decision,
    with: &str,
) {
    for (s, step) in decision.steps.iter().enumerate() {
        let passes = encode::step_passes(input.model, ob, decision, s, None, input.lang);
        ob.assert(
            format!(
                "{with}step `{}` of `{}` passes ({})",
                step.name, decision.id, step.cited.source
            ),
            passes,
        );
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
    rule: &Rule,
    region: Option<&Region>,
    also_shown: &[PartyId],
) -> VoteView {
    let model = input.model;
    let votes = encode::votes_of(model, obligation, values);
    let mut shown = vote::voters_of(model, rule, region);
    for &p in also_shown {
        if !shown.contains(&p) {
            shown.push(p);
        }
    }
    let presence = vote::uses_presence(rule);
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

/// The sides whose consent joint review asks for, in the order they are checked.
pub(crate) const REVIEW_SIDES: [Side; 2] = [Side::Insurer, Side::Municipal];

/// `¬consents(p)` for every party of `side` that has a vote in the obligation so far: the side
/// stays out. (A party without a vote in it cannot make it true or false.)
pub(crate) fn side_refuses(model: &Model, obligation: &mut Obligation, side: Side) {
    let voting: Vec<PartyId> = encode::parties_with(model, obligation, "consents.")
        .into_iter()
        .filter(|&p| model.parties[p].side == side)
        .collect();
    let refusals: Vec<Formula> = voting
        .into_iter()
        .map(|p| encode::consents(model, &mut obligation.vars, p).not())
        .collect();
    obligation.assert(
        format!("no party of the {side} side consents"),
        Formula::And(refusals),
    );
}

/// Which review step of which plan a counterexample is about.
pub(crate) struct ReviewCase<'a> {
    pub decision: usize,
    pub step: usize,
    pub region: Option<&'a Region>,
    pub stream: Option<Stream>,
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
    let voters = vote::voters_of(model, &s.rule, region);
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
        detail: Detail::Vote {
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
