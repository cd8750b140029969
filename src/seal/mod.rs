//! Sealing: zstd compression under age encryption, and the keys for it.
