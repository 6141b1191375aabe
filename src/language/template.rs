//! The starting model `toets init` writes: three commissioners, their agreement, a decision
//! over it and a plan review, each element citing its clause and commented, in English or in
//! Dutch. It checks clean (nothing violated, nothing unknown), and its first line names the
//! language's JSON Schema, written beside it, for editors that check a draft as it is typed.

use crate::lang::Lang;

/// The file name of the schema beside a starting model, as its `#:schema` line names it.
pub const SCHEMA_FILE: &str = "model.schema.json";

/// The text of the starting model, its comments in `lang`.
pub fn starting_model(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("templates/start.en.toml"),
        Lang::Nl => include_str!("templates/start.nl.toml"),
    }
}
