//! Stage 2: from declarations to a [`Model`], resolving every reference.
//!
//! Validation reports unknown references (with "did you mean"), duplicate ids, references to
//! the wrong kind of element, and rules no coalition could ever meet or that pass with nobody's
//! consent. It reports all of them, and returns a model only when there are none.
//!
//! This file is the driver: it declares every id in one namespace ([`resolver`]), then resolves
//! the elements kind by kind, each kind in its own module, in a fixed order (the order in which
//! their problems are found decides the order of problems at the same place).

mod agreements;
mod decisions;
mod documents;
mod header;
mod money;
mod parties;
mod plan_reviews;
mod process;
mod regions;
mod resolver;
mod rules;

use crate::language::diagnostic::Diagnostic;
use crate::language::elements::Kind;
use crate::language::load::Document;
use crate::language::source::SourceFile;
use crate::model::Model;
use resolver::Resolver;

/// Validates the declarations of `file` into a model, or returns every problem found.
pub fn validate(file: &SourceFile, document: &Document) -> Result<Model, Vec<Diagnostic>> {
    validate_reading_texts(file, document, true)
}

/// Validates a variant of a model whose quotes have been found already (the model with a
/// reading taken back): its documents' texts are not read again, and its citations are not
/// verified.
pub fn validate_variant(file: &SourceFile, document: &Document) -> Result<Model, Vec<Diagnostic>> {
    validate_reading_texts(file, document, false)
}

fn validate_reading_texts(
    file: &SourceFile,
    document: &Document,
    read_texts: bool,
) -> Result<Model, Vec<Diagnostic>> {
    let mut r = Resolver::new(document);
    declare_ids(&mut r, document);
    let (documents, texts) = documents::documents(&mut r, file, &document.documents, read_texts);
    (r.documents, r.texts) = (documents, texts);
    let parties = parties::parties(&mut r, document);
    let rlimit = header::rlimit(document);
    let header = header::header(&mut r, document);
    let bodies = parties::bodies(&mut r, document);
    let agreements = agreements::agreements(&mut r, document);
    let relations = agreements::relations(&mut r, document);
    let regions = regions::regions(&mut r, document, &parties);
    let plans = regions::plans(&mut r, document);
    let decisions = decisions::decisions(&mut r, document, &agreements, &bodies);
    let rights = agreements::rights(&mut r, document, &parties);
    // Only a complete model can be checked for plans with no review and rules that a plan's
    // region leaves empty; before that, those messages would be noise.
    if r.diagnostics.is_empty() && decisions.len() == document.decisions.len() {
        plan_reviews::check_plan_reviews(&mut r, document, &plans, &regions, &decisions);
    }
    money::check_until(&mut r, document);
    let tasks = money::tasks(&mut r, document);
    let cuts = money::cuts(&mut r, document);
    let process = process::process_steps(&mut r, document);
    let years = header::years(document);
    let rules = header::rules(&mut r, document);

    if r.diagnostics.is_empty() && document.header.is_some() {
        let party_index = parties
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        Ok(Model {
            file: file.clone(),
            title: header.title,
            cited: header.cited,
            status: header.status,
            ratified_by: header.ratified_by,
            documents: r.documents,
            readings: r.readings,
            commissioners: header.commissioners,
            rlimit,
            parties,
            bodies,
            agreements,
            relations,
            rights,
            regions,
            plans,
            decisions,
            tasks,
            cuts,
            process,
            years,
            rules,
            party_index,
        })
    } else {
        let mut diagnostics = r.diagnostics;
        diagnostics.sort_by_key(|d| d.span.map(|s| (s.start, s.end)));
        Err(diagnostics)
    }
}

/// Declares the id of every element, kind by kind in the order of the model language, so that
/// a reference may name an element declared anywhere in the file.
fn declare_ids<'a>(r: &mut Resolver<'a>, document: &'a Document) {
    for (i, d) in document.documents.iter().enumerate() {
        r.declare(&d.id, Kind::Document, i);
    }
    for (i, d) in document.parties.iter().enumerate() {
        r.declare(&d.id, Kind::Party, i);
    }
    for (i, d) in document.bodies.iter().enumerate() {
        r.declare(&d.id, Kind::Body, i);
    }
    for (i, d) in document.agreements.iter().enumerate() {
        r.declare(&d.id, Kind::Agreement, i);
    }
    for (i, d) in document.regions.iter().enumerate() {
        r.declare(&d.id, Kind::Region, i);
    }
    for (i, d) in document.plans.iter().enumerate() {
        r.declare(&d.id, Kind::Plan, i);
    }
    for (i, d) in document.decisions.iter().enumerate() {
        r.declare(&d.id, Kind::Decision, i);
    }
    for (i, d) in document.tasks.iter().enumerate() {
        r.declare(&d.id, Kind::Task, i);
    }
    for (i, d) in document.cuts.iter().enumerate() {
        r.declare(&d.id, Kind::Cut, i);
    }
    for (i, d) in document.process.iter().enumerate() {
        r.declare(&d.id, Kind::Step, i);
    }
}
