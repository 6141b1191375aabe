//! The model's text with readings taken back.
//!
//! A reading is taken back by editing the model's text: a reading about a field with an
//! `alternative` gives the field that value; one about a field the element can do without
//! leaves the field out; one about the whole element, or about a field it needs, leaves the
//! element out.

use crate::model::{Model, Reading};
use std::ops::Range;

/// The edit of the model's text that takes a reading back.
fn edit(text: &str, reading: &Reading) -> Vec<(Range<usize>, String)> {
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
    let lines = |span: crate::language::source::Span| {
        (line_start(span.start)..line_end(span.end), String::new())
    };
    match (&reading.field, reading.alternative) {
        (Some((_, value)), Some(alternative)) => vec![(
            value.start..value.end,
            text[alternative.start..alternative.end].to_string(),
        )],
        // The fields that go with this one's keyword go with it.
        (Some((_, value)), None) if !reading.whole => std::iter::once(*value)
            .chain(reading.with.iter().copied())
            .map(lines)
            .collect(),
        _ => vec![lines(reading.element_span)],
    }
}

/// The model's text with `readings` taken back; of edits that overlap, the first in the text
/// is made (an element left out takes the readings of its fields with it).
pub fn text_without(model: &Model, readings: &[usize]) -> String {
    let text = &model.file.text;
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
    let mut edits: Vec<(Range<usize>, String)> = readings
        .iter()
        .flat_map(|&r| edit(text, &model.readings[r]))
        .collect();
    // Readings are words about the model, not part of it; a variant has none, so that none
    // can point at a field it took back.
    for reading in &model.readings {
        let written = reading.written;
        let range = line_start(written.start)..line_end(written.end);
        if !edits.iter().any(|(r, _)| *r == range) {
            edits.push((range, String::new()));
        }
    }
    edits.sort_by_key(|(range, _)| (range.start, std::cmp::Reverse(range.end)));
    let mut kept: Vec<(Range<usize>, String)> = Vec::new();
    for (range, replacement) in edits {
        if kept.last().is_none_or(|(last, _)| range.start >= last.end) {
            kept.push((range, replacement));
        }
    }
    let mut out = text.clone();
    for (range, replacement) in kept.into_iter().rev() {
        out.replace_range(range, &replacement);
    }
    out
}
