//! Parser options.

/// The largest input accepted by default: 64 MiB.
///
/// A resolution is rarely over 200 KB; the largest documents people feed the
/// parser (a session's whole volume of resolutions) stay far below this.
/// The limit bounds memory on untrusted input: the parser keeps a few
/// words of bookkeeping per input line and per word, so peak memory grows
/// linearly with the input, at about 15 to 35 times its size on hostile
/// inputs (`benches/parse.rs` measures it): about 2 GiB at this limit.
pub const MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// Options for [`parse_resolution_with`](crate::parse_resolution_with).
///
/// ```
/// let mut options = un_resolution::Options::default();
/// options.max_input_len = 1 << 20;
/// let parsed = un_resolution::parse_resolution_with("The General Assembly,\n1. Decides;\n", &options)?;
/// assert_eq!(parsed.resolution.operative.len(), 1);
/// # Ok::<(), un_resolution::ParseError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Inputs longer than this many bytes are refused with
    /// [`ParseErrorKind::TooLarge`](crate::ParseErrorKind::TooLarge).
    /// Default: [`MAX_INPUT_LEN`].
    pub max_input_len: usize,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            max_input_len: MAX_INPUT_LEN,
        }
    }
}
