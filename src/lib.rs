//! tipsom: learn to tell trafficking in persons from smuggling of migrants through realistic cases.
//!
//! The crate has a pure core (`domain`, `storage`, `i18n`) that compiles and is tested natively,
//! and a thin web layer (`web`, wasm only) made of Yew components and browser adapters.

pub mod domain;
pub mod i18n;
pub mod storage;

#[cfg(not(target_arch = "wasm32"))]
pub mod room;

#[cfg(target_arch = "wasm32")]
pub mod web;
