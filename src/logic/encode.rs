//! Stage 4: decision rules as formulas.
//!
//! What is trusted, and how each part is encoded:
//! - every party's consent is one Boolean `consents.<party>`; where a quorum matters, its
//!   presence is another, `present.<party>`, with `consents ⇒ present`;
//! - a rule becomes a formula over those Booleans: unanimity a conjunction, "any N of" and
//!   weighted thresholds a pseudo-Boolean sum `Σ wᵢ·[xᵢ] ≥ k`, a majority of those present
//!   `Σ 2wᵢ·[yesᵢ] − Σ wᵢ·[presentᵢ] ≥ 1`; coalitions are never listed.
//!
//! The tests compare [`rule_formula`] with [`crate::logic::vote::passes`], the plain
//! evaluator of the same rules.

use crate::lang::{Lang, say};
use crate::language::source::Span;
use crate::logic::formula::{Formula, Obligation, Vars};
use crate::logic::vote;
use crate::model::{BodyId, Cited, Decision, Model, PartyId, Region, Rule, Voter};
use crate::verdict::Clause;

/// The consent variable of a party.
pub fn consents(model: &Model, vars: &mut Vars, party: PartyId) -> Formula {
    vars.var(&format!("consents.{}", model.parties[party].id))
}

/// The presence variable of a party.
pub fn present(model: &Model, vars: &mut Vars, party: PartyId) -> Formula {
    vars.var(&format!("present.{}", model.parties[party].id))
}

/// The formula that is true exactly when `rule` passes, for a plan in `region` (if any).
pub fn rule_formula(
    model: &Model,
    rule: &Rule,
    region: Option<&Region>,
    vars: &mut Vars,
) -> Formula {
    match rule {
        Rule::AllOf(voters) => Formula::And(
            vote::expand(voters, region)
                .into_iter()
                .map(|p| consents(model, vars, p))
                .collect(),
        ),
        Rule::AtLeast { count, of } => Formula::AtLeast {
            terms: vote::expand(of, region)
                .into_iter()
                .map(|p| (1, consents(model, vars, p)))
                .collect(),
            bound: i64::from(*count),
        },
        Rule::Weighted { body, threshold } => Formula::AtLeast {
            terms: model.bodies[*body]
                .members
                .iter()
                .map(|m| (i64::from(m.votes), consents(model, vars, m.party)))
                .collect(),
            bound: i64::try_from(*threshold).unwrap_or(i64::MAX),
        },
        Rule::MajorityOfPresent { body, quorum } => {
            let members = &model.bodies[*body].members;
            let presence: Vec<(i64, Formula)> = members
                .iter()
                .map(|m| (i64::from(m.votes), present(model, vars, m.party)))
                .collect();
            let mut majority = Vec::new();
            for (m, (w, p)) in members.iter().zip(&presence) {
                majority.push((2 * w, consents(model, vars, m.party)));
                majority.push((-w, p.clone()));
            }
            Formula::And(vec![
                Formula::AtLeast {
                    terms: presence,
                    bound: i64::try_from(*quorum).unwrap_or(i64::MAX),
                },
                Formula::AtLeast {
                    terms: majority,
                    bound: 1,
                },
            ])
        }
        Rule::Veto { holders, rule } => {
            let mut parts: Vec<Formula> = vote::expand(holders, region)
                .into_iter()
                .map(|p| consents(model, vars, p))
                .collect();
            parts.push(rule_formula(model, rule, region, vars));
            Formula::And(parts)
        }
        Rule::AllRules(rules) => Formula::And(
            rules
                .iter()
                .map(|r| rule_formula(model, r, region, vars))
                .collect(),
        ),
        Rule::AnyRule(rules) => Formula::Or(
            rules
                .iter()
                .map(|r| rule_formula(model, r, region, vars))
                .collect(),
        ),
    }
}

/// States that step `step` of `decision` passes, for a plan in `region` (if any), in a form
/// an unsat core can cite: a variable `passes.<decision>.<step>`, returned, and for each
/// requirement of the step's rule an assertion `passes ⇒ requirement` resting on the step's
/// clause where the rule names the voter (and on the region's, where a region role names the
/// parties). The requirements of a rule are the consents that `all_of` and `veto` ask for,
/// voter by voter (a region role being one voter), and, as a whole, any part that asks for a
/// count, a weight or a choice.
pub fn step_passes(
    model: &Model,
    obligation: &mut Obligation,
    decision: &Decision,
    step: usize,
    region: Option<&Region>,
    lang: Lang,
) -> Formula {
    let s = &decision.steps[step];
    let passes = obligation
        .vars
        .var(&format!("passes.{}.{}", decision.id, step + 1));
    let label = s.label(decision, lang);
    let at = |cited: &Cited, span: Option<Span>| Cited {
        span: span.unwrap_or(cited.span),
        ..cited.clone()
    };
    let mut requirements = Vec::new();
    requirements_of(
        model,
        &s.rule,
        region,
        &mut obligation.vars,
        lang,
        &mut requirements,
    );
    for requirement in requirements {
        let named = requirement
            .voter
            .and_then(|v| s.voter_spans.iter().find(|(w, _)| *w == v))
            .map(|&(_, span)| span);
        let mut rests_on = vec![Clause::cite(
            model,
            format!("{label} {}", requirement.what),
            &at(&s.cited, named),
        )];
        if let (Some(Voter::Role(role)), Some(region)) = (requirement.voter, region) {
            let parties = region.role(role);
            let listed = region
                .listed
                .iter()
                .find(|&&(r, _, _)| r == role)
                .map(|&(_, _, span)| span);
            let ids: Vec<String> = parties
                .iter()
                .map(|&p| format!("`{}`", model.parties[p].id))
                .collect();
            let (ids, region_id) = (ids.join(lang.pick(" and ", " en ")), &region.id);
            let element = match (lang, parties.len()) {
                (Lang::En, 1) => format!("{ids} is `{role}` in region `{region_id}`"),
                (Lang::En, _) => format!("{ids} are `{role}` in region `{region_id}`"),
                (Lang::Nl, 1) => format!("{ids} is `{role}` in regio `{region_id}`"),
                (Lang::Nl, _) => format!("{ids} zijn `{role}` in regio `{region_id}`"),
            };
            rests_on.push(Clause::cite(model, element, &at(&region.cited, listed)));
        }
        if let Some(body) = requirement.body {
            let id = &model.bodies[body].id;
            rests_on.push(Clause::cite(
                model,
                say!(
                    lang,
                    "the members and votes of body `{id}`",
                    "de leden en stemmen van orgaan `{id}`"
                ),
                &model.bodies[body].cited,
            ));
        }
        obligation.assert_from(
            say!(
                lang,
                "if {label} passes, it {}",
                "als {label} passeert, {}",
                requirement.what
            ),
            passes.clone().implies(requirement.formula),
            rests_on,
        );
    }
    passes
}

/// One requirement of a rule: what it asks, as a formula and in words.
struct Requirement {
    formula: Formula,
    /// "asks the consent of `vng`".
    what: String,
    /// The voter whose consent is asked, as the rule names it.
    voter: Option<Voter>,
    /// The body whose members and votes the requirement counts.
    body: Option<BodyId>,
}

fn requirements_of(
    model: &Model,
    rule: &Rule,
    region: Option<&Region>,
    vars: &mut Vars,
    lang: Lang,
    out: &mut Vec<Requirement>,
) {
    let consents_of =
        |voters: &[Voter], vars: &mut Vars, out: &mut Vec<Requirement>, veto: bool| {
            for voter in voters {
                let (parties, name) = match *voter {
                    Voter::Party(p) => (vec![p], format!("`{}`", model.parties[p].id)),
                    Voter::Role(r) => (
                        region.map(|g| g.role(r)).unwrap_or_default(),
                        format!("`{r}`"),
                    ),
                };
                out.push(Requirement {
                    formula: Formula::And(
                        parties
                            .into_iter()
                            .map(|p| consents(model, vars, p))
                            .collect(),
                    ),
                    what: if veto {
                        say!(lang, "gives {name} a veto", "geeft {name} een veto")
                    } else {
                        say!(
                            lang,
                            "asks the consent of {name}",
                            "vraagt de instemming van {name}"
                        )
                    },
                    voter: Some(*voter),
                    body: None,
                });
            }
        };
    match rule {
        Rule::AllOf(voters) => consents_of(voters, vars, out, false),
        Rule::Veto { holders, rule } => {
            consents_of(holders, vars, out, true);
            requirements_of(model, rule, region, vars, lang, out);
        }
        Rule::AllRules(rules) => {
            for rule in rules {
                requirements_of(model, rule, region, vars, lang, out);
            }
        }
        Rule::AtLeast { .. }
        | Rule::Weighted { .. }
        | Rule::MajorityOfPresent { .. }
        | Rule::AnyRule(_) => {
            let body = match rule {
                Rule::Weighted { body, .. } | Rule::MajorityOfPresent { body, .. } => Some(*body),
                _ => None,
            };
            out.push(Requirement {
                formula: rule_formula(model, rule, region, vars),
                what: say!(lang, "asks for {}", "vraagt {}", model.rule_text(rule)),
                voter: None,
                body,
            });
        }
    }
}

/// The parties that have a variable with this prefix (`consents.`, `present.`) in an
/// obligation, in the order the variables were made.
pub fn parties_with(model: &Model, obligation: &Obligation, prefix: &str) -> Vec<PartyId> {
    obligation
        .vars
        .names()
        .iter()
        .filter_map(|name| name.strip_prefix(prefix))
        .filter_map(|id| model.party_id(id))
        .collect()
}

/// `consents ⇒ present` for every party with a presence variable: whoever consents is there.
pub fn presence_axioms(model: &Model, obligation: &mut Obligation) {
    for party in parties_with(model, obligation, "present.") {
        let yes = consents(model, &mut obligation.vars, party);
        let here = present(model, &mut obligation.vars, party);
        obligation.assert(
            format!("`{}` consents only if present", model.parties[party].id),
            yes.implies(here),
        );
    }
}

/// The votes a model of an obligation describes.
pub fn votes_of(model: &Model, obligation: &Obligation, values: &[bool]) -> vote::Votes {
    let mut votes = vote::Votes::default();
    for (i, name) in obligation.vars.names().iter().enumerate() {
        if !values[i] {
            continue;
        }
        if let Some(party) = name
            .strip_prefix("consents.")
            .and_then(|id| model.party_id(id))
        {
            votes.consents.insert(party);
        }
        if let Some(party) = name
            .strip_prefix("present.")
            .and_then(|id| model.party_id(id))
        {
            votes.present.insert(party);
        }
    }
    votes
}
