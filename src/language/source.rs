//! Model files as text: byte spans, line and column numbers, and the excerpt with a caret
//! under the part that matters. Diagnostics and verdict explanations both render excerpts
//! through [`SourceFile::excerpt`], so an error in a model and a clause cited by a verdict
//! look the same to the reader.

use std::fmt::Write as _;

/// A byte range `start..end` in one model file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

impl From<toml_span::Span> for Span {
    fn from(span: toml_span::Span) -> Self {
        Span::new(span.start, span.end)
    }
}

/// One model file: the path as the user gave it, and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

/// A position for people: 1-based line and column (columns count characters, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// The line and column of a byte offset (clamped to the text, and to a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_char_boundary(offset);
        let line_index = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let line_start = self.line_starts[line_index];
        Position {
            line: line_index + 1,
            column: self.text[line_start..offset].chars().count() + 1,
        }
    }

    /// `path:line:column` of the start of a span.
    pub fn location(&self, span: Span) -> String {
        let position = self.position(span.start);
        format!("{}:{}:{}", self.path, position.line, position.column)
    }

    fn floor_char_boundary(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    /// The width of the line-number gutter in the excerpt of `span`.
    pub fn gutter(&self, span: Span) -> usize {
        self.position(span.start).line.to_string().len()
    }

    /// The excerpt of a span, rustc-style: the location, the first line of the span, and a
    /// caret line under it carrying `label`. Deterministic: no colours, no terminal width.
    pub fn excerpt(&self, span: Span, label: &str) -> String {
        let start = self.position(span.start);
        let line = self.line_text(start.line);
        let line_chars = line.chars().count();
        let span_end = self.floor_char_boundary(span.end.max(span.start));
        let end = self.position(span_end);
        let width = if end.line == start.line {
            end.column.saturating_sub(start.column).max(1)
        } else {
            line_chars.saturating_sub(start.column - 1).max(1)
        };
        let gutter = start.line.to_string().len();
        let pad = " ".repeat(gutter);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{pad}--> {}:{}:{}",
            self.path, start.line, start.column
        );
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{} | {}", start.line, line);
        let caret_pad = " ".repeat(start.column - 1);
        let carets = "^".repeat(width);
        if label.is_empty() {
            let _ = writeln!(out, "{pad} | {caret_pad}{carets}");
        } else {
            let _ = writeln!(out, "{pad} | {caret_pad}{carets} {label}");
        }
        out
    }
}

/// Whether a character must never reach a reader's terminal or a report: control characters
/// (line breaks, tabs, escape, NUL, …) and the invisible and direction-changing formatting
/// characters (zero-width spaces and joiners, left-to-right and right-to-left marks,
/// embeddings, overrides and isolates, the byte-order mark), with which a text can forge
/// report lines, drive a terminal, or show one thing and say another.
pub fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{206F}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// `text` with every unprintable character but the line break replaced by `�`, one
/// character for one, so that the columns of an excerpt stay where they were.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(|c| c != '\n' && is_unprintable(c)) {
        text.chars()
            .map(|c| {
                if c != '\n' && is_unprintable(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_from_one() {
        let file = SourceFile::new("m.toml", "a = 1\nnaam = \"é\" x\n");
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
        assert_eq!(file.position(6), Position { line: 2, column: 1 });
        // The `x` after a two-byte character is column 12, not 13.
        let x = file.text.find('x').unwrap();
        assert_eq!(
            file.position(x),
            Position {
                line: 2,
                column: 12
            }
        );
    }

    #[test]
    fn excerpt_underlines_the_span() {
        let file = SourceFile::new("m.toml", "[[party]]\nid = \"vgn\"\n");
        let start = file.text.find("\"vgn\"").unwrap();
        let excerpt = file.excerpt(Span::new(start, start + 5), "unknown");
        assert_eq!(
            excerpt,
            " --> m.toml:2:6\n  |\n2 | id = \"vgn\"\n  |      ^^^^^ unknown\n"
        );
    }

    #[test]
    fn offsets_past_the_end_or_inside_a_character_do_not_panic() {
        let file = SourceFile::new("m.toml", "é");
        assert_eq!(file.position(1), Position { line: 1, column: 1 });
        assert_eq!(file.position(99), Position { line: 1, column: 2 });
        let _ = file.excerpt(Span::new(1, 99), "");
    }
}
