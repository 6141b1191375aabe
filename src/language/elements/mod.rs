//! The model language, described once: for every kind of element (the `[model]` header, a
//! party, a body, …, a decision's step, a rule), its table, its fields — name, type, whether
//! it is required, its keywords — and what each means, in English and in Dutch.
//!
//! Everything that must agree about the language follows from these descriptions: the reader
//! ([`crate::language::load`]) reads exactly the fields described, with the types described,
//! and names the known fields when one is misspelt; the JSON Schema
//! ([`crate::language::schema`]) and the field tables of docs/model-language.md
//! ([`crate::language::schema::field_tables`]) are written from them. Adding a field to an
//! element is adding it here (and using it where the element is built); a field every cited
//! element has goes into [`CITED`].

mod acceptance;
mod decisions;
mod describe;
mod documents;
mod governance;
mod money;
mod plans;

pub use acceptance::ACCEPTANCE;
pub use decisions::{DECISION, RULE_FORMS, STEP, rule_field_names};
pub use describe::{CITED, ElementKind, Field, Kind, Need, RuleForm, Value};
pub use documents::{CITATION, DOCUMENT, READING};
pub use governance::{AGREEMENT, BODY, COMMISSIONER, MEMBER, MODEL, PARTY, RELATION, RIGHT};
pub use money::{CUT, PROCESS, TASK};
pub use plans::{PLAN, REGION};

/// The tables a model file may have at its top level, in the order the docs describe them.
pub static TOP_LEVEL: &[&ElementKind] = &[
    &MODEL, &DOCUMENT, &PARTY, &BODY, &AGREEMENT, &RELATION, &RIGHT, &REGION, &PLAN, &DECISION,
    &TASK, &CUT, &PROCESS,
];

/// Every kind of table, nested ones included, for the docs and the tests.
pub static ALL: &[&ElementKind] = &[
    &MODEL,
    &DOCUMENT,
    &CITATION,
    &READING,
    &PARTY,
    &BODY,
    &MEMBER,
    &AGREEMENT,
    &COMMISSIONER,
    &RELATION,
    &RIGHT,
    &REGION,
    &PLAN,
    &DECISION,
    &STEP,
    &TASK,
    &CUT,
    &PROCESS,
];
