//! Sorting for the code the browser runs: one small stable insertion sort, and sets and maps built
//! by insertion.
//!
//! std's stable sort is fast but large, and the compiler makes a copy of it for every element type
//! and comparison; a dozen copies weighed more in the wasm than this whole module. The lists sorted
//! here (attempts, step records, concepts, glossary terms, a pack's cases) hold at most a few
//! thousand items, and most arrive nearly in order, where insertion sort is close to linear.
//! `collect()` into a `BTreeSet` or `BTreeMap` sorts its input with std's sort too, hence
//! [`set_of`] and [`map_of`]. Native-only code (the content compiler, `tipsom-pack`) keeps std's.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for sorted in 1..items.len() {
        // Moves the next item back past every item greater than it, and no further: stable.
        let mut at = sorted;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` by the key of each, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in ascending order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The set of `items`, inserted one by one.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The map of `entries`, inserted one by one: of two entries with the same key, the later's value stays.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]);
    }

    #[test]
    fn empty_and_single_lists_are_left_as_they_are() {
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    #[test]
    fn a_sorted_list_compares_each_neighbour_once() {
        let mut items: Vec<u32> = (0..100).collect();
        let mut comparisons = 0;
        sort_by(&mut items, |a, b| {
            comparisons += 1;
            a.cmp(b)
        });
        assert_eq!(items, (0..100).collect::<Vec<_>>());
        assert_eq!(comparisons, 99);
    }

    #[test]
    fn a_reversed_list_comes_out_ascending() {
        let mut items: Vec<u32> = (0..100).rev().collect();
        sort(&mut items);
        assert_eq!(items, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn it_agrees_with_std_on_a_shuffled_list() {
        // A fixed pseudo-random order, with many equal keys.
        let mut items: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919 % 503) % 37, i as usize)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|(k, _)| *k);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
    }

    #[test]
    fn sets_and_maps_hold_each_key_once() {
        assert_eq!(set_of([3, 1, 3, 2]).into_iter().collect::<Vec<_>>(), [1, 2, 3]);
        let map = map_of([("b", 1), ("a", 2), ("b", 3)]);
        assert_eq!(map.into_iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)]);
    }
}
