//! One namespace of ids: every party, body, agreement, region, plan, decision, task, cut and
//! process step is declared in it once, and every reference is resolved through it, to an
//! element of the kind the place of the reference wants.
//!
//! The [`Resolver`] also collects the diagnostics of the whole stage, so that the per-kind
//! resolvers beside it report into one list, in the order they run. [`name_or_id`] is what
//! every model element takes from its declaration.

use crate::language::diagnostic::{Diagnostic, Said, did_you_mean, said, suggest};
use crate::language::elements::Kind;
use crate::language::load::{Document, Text};
use crate::language::source::Span;
use crate::model::{BodyId, PartyId};
use std::collections::{BTreeSet, HashMap};

/// The ids declared so far and the problems found so far.
pub(super) struct Resolver<'a> {
    /// Each id with the kind of element it names, the element's index and the id's span.
    pub(super) ids: HashMap<&'a str, (Kind, usize, Span)>,
    /// Ids in declaration order, for deterministic suggestions.
    ordered: Vec<(&'a str, Kind)>,
    /// Ids of declarations the loader could not read: references to them are not reported
    /// again.
    broken: BTreeSet<&'a str>,
    pub(super) diagnostics: Vec<Diagnostic>,
    /// The documents, once resolved ([`super::documents`]), and their texts.
    pub(super) documents: Vec<crate::model::Document>,
    pub(super) texts: Vec<Option<crate::language::quotes::DocumentText>>,
    /// The readings of the elements resolved so far.
    pub(super) readings: Vec<crate::model::Reading>,
    /// "Did you mean" compares a name with every id; it is offered for the first
    /// [`MAX_SUGGESTIONS`] unknown references only, so that a file full of them stays fast.
    suggestions: usize,
}

const MAX_SUGGESTIONS: usize = 100;

impl<'a> Resolver<'a> {
    /// A resolver with no ids declared yet, that knows which of `document`'s declarations
    /// could not be read.
    pub(super) fn new(document: &'a Document) -> Resolver<'a> {
        Resolver {
            ids: HashMap::new(),
            ordered: Vec::new(),
            broken: document.broken_ids.iter().map(String::as_str).collect(),
            diagnostics: Vec::new(),
            documents: Vec::new(),
            texts: Vec::new(),
            readings: Vec::new(),
            suggestions: 0,
        }
    }

    /// Declares `id` as the id of the `index`th element of `kind`; an empty or reused id is a
    /// problem.
    pub(super) fn declare(&mut self, id: &'a Text, kind: Kind, index: usize) {
        if id.value.is_empty() {
            self.diagnostics.push(
                Diagnostic::new(
                    "empty-id",
                    id.span,
                    said!("an id cannot be empty", "een id kan niet leeg zijn"),
                )
                .label(said!("empty", "leeg")),
            );
            return;
        }
        if let Some(&(first_kind, _, first)) = self.ids.get(id.value.as_str()) {
            self.diagnostics.push(
                Diagnostic::new(
                    "duplicate-id",
                    id.span,
                    said!("the id `{}` is used twice", "de id `{}` wordt twee keer gebruikt", id.value),
                )
                .label(Said::new(
                    format!("this {} reuses it", kind.noun()),
                    format!(
                        "{} {} gebruikt het opnieuw",
                        kind.noun_nl().1,
                        kind.noun_nl().0
                    ),
                ))
                .note(
                    first,
                    Said::new(
                        format!("first used here, by a {}", first_kind.noun()),
                        format!(
                            "hier voor het eerst gebruikt, door een {}",
                            first_kind.noun_nl().0
                        ),
                    ),
                )
                .help(said!("every party, body, agreement, region, plan and decision needs its own id", "elke partij, elk orgaan, akkoord, elke regio, elk transformatieplan en elk besluit heeft een eigen id nodig")),
            );
            return;
        }
        self.ids.insert(&id.value, (kind, index, id.span));
        self.ordered.push((&id.value, kind));
    }

    /// Resolves a reference that must name an element of one of the `wanted` kinds.
    pub(super) fn resolve(&mut self, text: &Text, wanted: &[Kind]) -> Option<(Kind, usize)> {
        let nouns: Vec<&str> = wanted.iter().map(|k| k.noun()).collect();
        let expected = nouns.join(" or ");
        let nouns_nl: Vec<&str> = wanted.iter().map(|k| k.noun_nl().0).collect();
        let expected_nl = nouns_nl.join(" of ");
        match self.ids.get(text.value.as_str()) {
            Some(&(kind, index, _)) if wanted.contains(&kind) => Some((kind, index)),
            Some(&(kind, _, declared)) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        "wrong-kind",
                        text.span,
                        Said::new(
                            format!("`{}` is a {}, not a {expected}", text.value, kind.noun()),
                            format!(
                                "`{}` is een {}, geen {expected_nl}",
                                text.value,
                                kind.noun_nl().0
                            ),
                        ),
                    )
                    .label(Said::new(
                        format!("expected a {expected}"),
                        format!("verwacht: een {expected_nl}"),
                    ))
                    .note(
                        declared,
                        said!(
                            "`{}` is declared here",
                            "`{}` is hier gedeclareerd",
                            text.value
                        ),
                    ),
                );
                None
            }
            None if self.broken.contains(text.value.as_str()) => None,
            None => {
                let mut diagnostic = Diagnostic::new(
                    "unknown-reference",
                    text.span,
                    Said::new(
                        format!("unknown {expected} `{}`", text.value),
                        format!("er is geen {expected_nl} `{}`", text.value),
                    ),
                )
                .label(Said::new(
                    format!("no {expected} has this id"),
                    format!("geen {expected_nl} heeft deze id"),
                ));
                let candidates = self
                    .ordered
                    .iter()
                    .filter(|(_, kind)| wanted.contains(kind))
                    .map(|(id, _)| *id);
                self.suggestions += 1;
                let suggestion = (self.suggestions <= MAX_SUGGESTIONS)
                    .then(|| did_you_mean(&text.value, candidates))
                    .flatten();
                if let Some(suggestion) = suggestion {
                    diagnostic = diagnostic.help(suggest(suggestion));
                }
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    pub(super) fn party(&mut self, text: &Text) -> Option<PartyId> {
        self.resolve(text, &[Kind::Party]).map(|(_, i)| i)
    }

    pub(super) fn body(&mut self, text: &Text) -> Option<BodyId> {
        self.resolve(text, &[Kind::Body]).map(|(_, i)| i)
    }

    pub(super) fn parties(&mut self, texts: &[Text], what: &str) -> Vec<PartyId> {
        self.distinct(texts, what, &[Kind::Party]).0
    }

    /// The elements of one of `kinds` that `texts` name, each once: a name listed twice in
    /// `what` is a problem. Also whether every name was found.
    pub(super) fn distinct(
        &mut self,
        texts: &[Text],
        what: &str,
        kinds: &[Kind],
    ) -> (Vec<usize>, bool) {
        let mut seen: HashMap<&str, Span> = HashMap::new();
        let mut found = Vec::new();
        let mut all = true;
        for text in texts {
            if let Some(&first) = seen.get(text.value.as_str()) {
                self.diagnostics.push(
                    Diagnostic::new(
                        "listed-twice",
                        text.span,
                        said!(
                            "`{}` is listed twice in {what}",
                            "`{}` staat twee keer in {what}",
                            text.value
                        ),
                    )
                    .label(said!("again", "nog eens"))
                    .note(
                        first,
                        said!("first listed here", "hier voor het eerst genoemd"),
                    ),
                );
                continue;
            }
            seen.insert(&text.value, text.span);
            match self.resolve(text, kinds) {
                Some((_, i)) => found.push(i),
                None => all = false,
            }
        }
        (found, all)
    }
}

/// An element's `name`, or its id when it has none.
pub(super) fn name_or_id(name: &Option<Text>, id: &Text) -> String {
    name.as_ref()
        .map_or_else(|| id.value.clone(), |n| n.value.clone())
}
