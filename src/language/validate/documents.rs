//! The documents a model cites, and each element's citations and readings.
//!
//! A document with a `text` is read (from the model file's folder), and every quote that cites
//! it must be found in that text, on the page cited when the text marks its pages: a quote that
//! is not there is an error that shows the closest passage. A quote of a document without a
//! text is kept, marked as not verified. This is the one place where validation reads files
//! other than the model.

use super::resolver::Resolver;
use crate::language::diagnostic::{Diagnostic, Said, said};
use crate::language::elements::Kind;
use crate::language::load::{
    self as load, Citation, CitationDecl, DocumentDecl, ReadingDecl, Text,
};
use crate::language::quotes::{DocumentText, Found};
use crate::language::source::{SourceFile, Span};
use crate::model::{Citation as Cite, Cited, Document, Reading, Verification};

/// The documents, with the texts of those that give one (`None` for the others, and for all
/// when `read_texts` is false).
pub(super) fn documents(
    r: &mut Resolver<'_>,
    file: &SourceFile,
    declared: &[DocumentDecl],
    read_texts: bool,
) -> (Vec<Document>, Vec<Option<DocumentText>>) {
    let folder = std::path::Path::new(&file.path)
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let mut documents = Vec::new();
    let mut texts = Vec::new();
    for d in declared {
        let text = d.text.as_ref().filter(|_| read_texts).and_then(|path| {
            let full = folder.join(&path.value);
            let read = load::read_regular_file(&full).and_then(|bytes| {
                String::from_utf8(bytes).map_err(|_| {
                    load::Unreadable::Io(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        "not UTF-8 text",
                    ))
                })
            });
            match read {
                Ok(text) => Some(DocumentText::new(&text)),
                Err(problem) => {
                    let problem = problem.said(&full.display().to_string());
                    r.diagnostics.push(
                        Diagnostic::new(
                            "unreadable-text",
                            path.span,
                            Said {
                                en: format!("the text of `{}`: {}", d.id.value, problem.en),
                                nl: format!("de tekst van `{}`: {}", d.id.value, problem.nl),
                            },
                        )
                        .label(said!(
                            "a path from the model file's folder",
                            "een pad vanaf de map van het modelbestand"
                        )),
                    );
                    None
                }
            }
        });
        texts.push(text);
        documents.push(Document {
            id: d.id.value.clone(),
            title: d.title.value.clone(),
            author: d.author.value.clone(),
            date: d.date.value.clone(),
            kind: d.kind.value,
            identifier: d.identifier.as_ref().map(|t| t.value.clone()),
            url: d.url.as_ref().map(|t| t.value.clone()),
            text: d.text.as_ref().map(|t| t.value.clone()),
            span: d.span,
        });
    }
    (documents, texts)
}

impl Resolver<'_> {
    /// Where an element comes from: its citations resolved and their quotes checked, and its
    /// readings kept in [`Resolver::readings`]. `element` names it for the readings.
    pub(super) fn cite(&mut self, citation: &Citation, span: Span, element: Said) -> Cited {
        self.cite_at(citation, span, span, element)
    }

    /// As [`Resolver::cite`], for an element whose clause (`span`) is a part of it (a step's
    /// rule) and whose readings take back the whole (`whole`, the step's table).
    pub(super) fn cite_at(
        &mut self,
        citation: &Citation,
        span: Span,
        whole: Span,
        element: Said,
    ) -> Cited {
        let citations = self.citations(&citation.source);
        let source = citations
            .iter()
            .map(|c| c.words.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let readings = citation
            .readings
            .iter()
            .map(|reading| self.reading(reading, whole, element.clone()))
            .collect();
        Cited {
            source,
            span,
            citations,
            readings,
        }
    }

    /// Where an element comes from that has no readings of its own (an agreement's method).
    pub(super) fn cite_only(&mut self, written: &[CitationDecl], span: Span) -> Cited {
        let citations = self.citations(written);
        let source = citations
            .iter()
            .map(|c| c.words.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        Cited {
            source,
            span,
            citations,
            readings: Vec::new(),
        }
    }

    /// Citations resolved to the documents they name, their quotes checked.
    pub(super) fn citations(&mut self, written: &[CitationDecl]) -> Vec<Cite> {
        written
            .iter()
            .filter_map(|c| match c {
                CitationDecl::Words(words) => Some(Cite {
                    document: None,
                    page: None,
                    at: None,
                    quote: None,
                    words: words.value.clone(),
                    verified: Verification::NoDocument,
                    span: words.span,
                }),
                CitationDecl::Document {
                    document,
                    page,
                    at,
                    quote,
                    span,
                } => {
                    let (_, index) = self.resolve(document, &[Kind::Document])?;
                    let page = page.map(|p| p.value);
                    let verified = match quote {
                        Some(quote) => self.verify(index, quote, page),
                        None => Verification::NoQuote,
                    };
                    let at = at.as_ref().map(|t| t.value.clone());
                    let quote = quote.as_ref().map(|t| t.value.clone());
                    let words = self.citation_words(index, page, at.as_deref(), quote.as_deref());
                    Some(Cite {
                        document: Some(index),
                        page,
                        at,
                        quote,
                        words,
                        verified,
                        span: *span,
                    })
                }
            })
            .collect()
    }

    /// A citation in words: the document's title, the page and place in it, the quote.
    fn citation_words(
        &self,
        document: usize,
        page: Option<u32>,
        at: Option<&str>,
        quote: Option<&str>,
    ) -> String {
        let mut words = self.documents[document].title.clone();
        if let Some(page) = page {
            words.push_str(&format!(", p. {page}"));
        }
        if let Some(at) = at {
            words.push_str(&format!(", {at}"));
        }
        if let Some(quote) = quote {
            words.push_str(&format!(": \"{quote}\""));
        }
        words
    }

    /// Whether `quote` is in the text of document `index`, on `page` if given; a quote that is
    /// not is reported.
    fn verify(&mut self, index: usize, quote: &Text, page: Option<u32>) -> Verification {
        let Some(text) = &self.texts[index] else {
            return Verification::NoText;
        };
        let title = self.documents[index].title.clone();
        match text.find(&quote.value, page.map(|p| (p, p))) {
            Found::Here { .. } => Verification::Verified,
            Found::OnPage(on) => {
                let cited = page.unwrap_or_default();
                self.diagnostics.push(
                    Diagnostic::new(
                        "quote-on-another-page",
                        quote.span,
                        said!(
                            "this quote is on page {on} of \"{title}\", not on page {cited}",
                            "dit citaat staat op pagina {on} van \"{title}\", niet op pagina {cited}"
                        ),
                    )
                    .label(said!("not on the page cited", "niet op de aangehaalde pagina"))
                    .help(said!("cite `page = {on}`", "noem `page = {on}`")),
                );
                // Never shown: the model is rejected.
                Verification::NoText
            }
            Found::Nowhere => {
                let mut diagnostic = Diagnostic::new(
                    "quote-not-found",
                    quote.span,
                    said!(
                        "this quote is not in \"{title}\"",
                        "dit citaat staat niet in \"{title}\""
                    ),
                )
                .label(said!(
                    "not found in the document's text",
                    "niet gevonden in de tekst van het document"
                ))
                .note(
                    self.documents[index].span,
                    said!(
                        "the document is declared here",
                        "het document is hier gedeclareerd"
                    ),
                );
                if let Some(closest) = text.closest(&quote.value) {
                    diagnostic = diagnostic.help(said!(
                        "the closest passage is \"{closest}\"",
                        "de passage die er het meest op lijkt is \"{closest}\""
                    ));
                }
                self.diagnostics.push(diagnostic);
                // Never shown: the model is rejected.
                Verification::NoText
            }
        }
    }

    /// Keeps a reading of `element` (whose span is `span`), and gives its index.
    fn reading(&mut self, reading: &ReadingDecl, span: Span, element: Said) -> usize {
        self.readings.push(Reading {
            element,
            element_span: span,
            field: reading
                .field
                .as_ref()
                .map(|(name, at)| (name.value.clone(), *at)),
            says: reading.says.value.clone(),
            otherwise: reading.otherwise.as_ref().map(|t| t.value.clone()),
            alternative: reading.alternative,
            whole: reading.whole,
            span: reading.span,
            written: reading.written,
            with: reading.with.clone(),
        });
        self.readings.len() - 1
    }
}

/// How readings and diagnostics name an element with an id: "party `vws`".
pub(super) fn named(kind: &crate::language::elements::ElementKind, id: &str) -> Said {
    Said::new(
        format!("{} `{id}`", kind.noun.en),
        format!("{} `{id}`", kind.noun.nl),
    )
}
