//! A long document rendered in a window: the blocks in view and a few
//! more, between spacers as high as the rest (measured where it has been
//! rendered, estimated from its characters elsewhere, scaled down for a
//! text higher than a page can be). Scrolling moves the window; a jump to
//! a sentence (End, a search result) moves it there in the same render, so
//! the sentence can be scrolled into view at once.

use crate::browser::{form, viewport};
use crate::core::corpus::reading_window::BlockGeometry;
use crate::ui::props::DocumentRef;
use crate::ui::reading::block::BLOCK_PARAGRAPHS;
use std::ops::Range;
use yew::prelude::*;

/// Blocks rendered before the page has been measured.
const FIRST_WINDOW: usize = 4;
/// A window's height before the page has been measured.
const FIRST_VIEW: f64 = 900.0;

/// The blocks to render, and the spacers before and after them (their
/// heights are set by the hook, through the page's style, not inline).
#[derive(Clone, Debug, PartialEq)]
pub struct ReadingWindow {
    /// The blocks rendered.
    pub range: Range<usize>,
    /// The spacer before them.
    pub before: NodeRef,
    /// The spacer after them.
    pub after: NodeRef,
}

/// The window over `document` (`None` when it is not `windowed`: every
/// block is rendered), following the scroll and the focused sentence
/// `focus`, which is in block `focus_block`. Call it before any effect that
/// scrolls to the focused sentence: its effects size the spacers first.
#[hook]
pub fn use_reading_window(
    document: &DocumentRef,
    windowed: bool,
    focus: Option<usize>,
    focus_block: usize,
) -> Option<ReadingWindow> {
    let geometry = use_mut_ref({
        let document = document.clone();
        move || windowed.then(|| BlockGeometry::of(&document.0, BLOCK_PARAGRAPHS))
    });
    let blocks = geometry.borrow().as_ref().map_or(0, BlockGeometry::blocks);
    let window = use_state_eq(|| 0..FIRST_WINDOW.min(blocks));
    let seen_focus = use_mut_ref(|| None::<usize>);
    // The blocks last rendered, for the scroll listener.
    let rendered = use_mut_ref(|| 0..0);
    let (before, after) = (use_node_ref(), use_node_ref());
    let mut range = (*window).clone();
    // A new focus outside the window: the window goes to it in this render.
    if windowed && *seen_focus.borrow() != focus {
        *seen_focus.borrow_mut() = focus;
        if let (true, Some(geometry)) = (focus.is_some() && !range.contains(&focus_block), geometry.borrow().as_ref()) {
            let height = viewport::view_over_text().map_or(FIRST_VIEW, |(_, height)| height);
            range = geometry.window_around(focus_block, height);
            window.set(range.clone());
        }
    }
    // Every render: the spacers sized for the blocks rendered, then those
    // blocks measured for the next render.
    {
        let (geometry, before, after, range) = (geometry.clone(), before.clone(), after.clone(), range.clone());
        let rendered = rendered.clone();
        use_effect(move || {
            *rendered.borrow_mut() = range.clone();
            if let Some(geometry) = geometry.borrow_mut().as_mut() {
                let (above, below) = geometry.spacers(&range);
                form::set_height(&before, above.round() as i32);
                form::set_height(&after, below.round() as i32);
                for (block, height) in viewport::block_heights() {
                    geometry.measure(block, height);
                }
            }
        });
    }
    // The scroll moves the window.
    {
        let (geometry, window, rendered) = (geometry.clone(), window.clone(), rendered.clone());
        use_effect_with(windowed, move |windowed| {
            let listener = windowed.then(|| {
                viewport::listen_scroll(move || {
                    let Some((top, height)) = viewport::view_over_text() else { return };
                    if let Some(geometry) = geometry.borrow().as_ref() {
                        let shown = rendered.borrow().clone();
                        window.set(geometry.window(geometry.text_y(top, &shown), height));
                    }
                })
            });
            move || drop(listener)
        });
    }
    windowed.then_some(ReadingWindow { range, before, after })
}
