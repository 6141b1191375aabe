//! The plain evaluator of decision rules: who must consent for a step to pass, computed
//! directly from the model with no solver involved.
//!
//! This is the reference semantics of [`Rule`]. The SMT encoding in [`crate::logic::encode`] must
//! agree with it on every vote, and every counterexample the solver finds is replayed here
//! before it is reported (and again in the tests, against brute-force enumeration).

use crate::model::{Model, PartyId, Region, Rule, Voter};
use std::collections::BTreeSet;

/// How every party voted: who consents, and who is present (a party that consents is present).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Votes {
    pub consents: BTreeSet<PartyId>,
    pub present: BTreeSet<PartyId>,
}

impl Votes {
    pub fn consents(&self, party: PartyId) -> bool {
        self.consents.contains(&party)
    }

    pub fn is_present(&self, party: PartyId) -> bool {
        self.consents.contains(&party) || self.present.contains(&party)
    }
}

/// The parties a list of voters stands for, with roles filled from `region`, in order and
/// without repeats. A role without a region stands for nobody.
pub fn expand(voters: &[Voter], region: Option<&Region>) -> Vec<PartyId> {
    let mut parties = Vec::new();
    for voter in voters {
        let filled = match *voter {
            Voter::Party(party) => vec![party],
            Voter::Role(role) => region.map(|r| r.role(role)).unwrap_or_default(),
        };
        for party in filled {
            if !parties.contains(&party) {
                parties.push(party);
            }
        }
    }
    parties
}

/// Whether `rule` passes under `votes`, for a plan in `region` (if any).
pub fn passes(model: &Model, rule: &Rule, region: Option<&Region>, votes: &Votes) -> bool {
    match rule {
        Rule::AllOf(voters) => expand(voters, region).iter().all(|&p| votes.consents(p)),
        Rule::AtLeast { count, of } => {
            let yes = expand(of, region)
                .iter()
                .filter(|&&p| votes.consents(p))
                .count();
            yes >= *count as usize
        }
        Rule::Weighted { body, threshold } => {
            let yes: u64 = model.bodies[*body]
                .members
                .iter()
                .filter(|m| votes.consents(m.party))
                .map(|m| u64::from(m.votes))
                .sum();
            yes >= *threshold
        }
        Rule::MajorityOfPresent { body, quorum } => {
            let members = &model.bodies[*body].members;
            let present: u64 = members
                .iter()
                .filter(|m| votes.is_present(m.party))
                .map(|m| u64::from(m.votes))
                .sum();
            let yes: u64 = members
                .iter()
                .filter(|m| votes.consents(m.party))
                .map(|m| u64::from(m.votes))
                .sum();
            present >= *quorum && 2 * yes > present
        }
        Rule::Veto { holders, rule } => {
            expand(holders, region).iter().all(|&p| votes.consents(p))
                && passes(model, rule, region, votes)
        }
        Rule::AllRules(rules) => rules.iter().all(|r| passes(model, r, region, votes)),
        Rule::AnyRule(rules) => rules.iter().any(|r| passes(model, r, region, votes)),
    }
}

/// Every party that has a vote in `rule`, in order of first appearance.
pub fn voters_of(model: &Model, rule: &Rule, region: Option<&Region>) -> Vec<PartyId> {
    let mut parties = Vec::new();
    collect_voters(model, rule, region, &mut parties);
    parties
}

fn collect_voters(model: &Model, rule: &Rule, region: Option<&Region>, out: &mut Vec<PartyId>) {
    let mut add = |parties: Vec<PartyId>| {
        for party in parties {
            if !out.contains(&party) {
                out.push(party);
            }
        }
    };
    match rule {
        Rule::AllOf(voters) | Rule::AtLeast { of: voters, .. } => add(expand(voters, region)),
        Rule::Weighted { body, .. } | Rule::MajorityOfPresent { body, .. } => add(model.bodies
            [*body]
            .members
            .iter()
            .map(|m| m.party)
            .collect()),
        Rule::Veto { holders, rule } => {
            add(expand(holders, region));
            collect_voters(model, rule, region, out);
        }
        Rule::AllRules(rules) | Rule::AnyRule(rules) => {
            for rule in rules {
                collect_voters(model, rule, region, out);
            }
        }
    }
}

/// Whether presence matters for `rule` (it has a quorum somewhere).
pub fn uses_presence(rule: &Rule) -> bool {
    match rule {
        Rule::MajorityOfPresent { .. } => true,
        Rule::Veto { rule, .. } => uses_presence(rule),
        Rule::AllRules(rules) | Rule::AnyRule(rules) => rules.iter().any(uses_presence),
        Rule::AllOf(_) | Rule::AtLeast { .. } | Rule::Weighted { .. } => false,
    }
}
