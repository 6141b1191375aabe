//! The model language: what a model file may say, and how it becomes a [`crate::model::Model`].
//!
//! [`load`] reads a file's TOML into declarations, checking the shape of every table;
//! [`validate`] resolves their references into a model. [`source`] and [`diagnostic`] are the
//! file's text and the problems found in it; [`schema`] is the language's JSON Schema;
//! [`template`] the starting model of `toets init`.

pub mod diagnostic;
pub mod elements;
pub mod keywords;
pub mod load;
pub mod quotes;
pub mod schema;
pub mod source;
pub mod template;
pub mod validate;
