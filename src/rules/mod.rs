//! The rules `toets` decides: one file per rule, each holding the rule's explanation (its doc
//! comment, which is also what `toets explain` prints), its proof obligations, and how a model
//! of an obligation becomes a counterexample.
//!
//! Every obligation a rule states is satisfiable exactly when the rule is violated for that
//! obligation's subject and case; see [`crate::logic::encode`].
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
mod rule;
mod votes;
mod words;

pub use rule::{Family, Input, Rule, UnsatViolates, explain};
pub use words::{list, side_name};

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
