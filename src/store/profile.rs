//! The AWS shared configuration files, as the AWS CLI reads them: the
//! profile named by `AWS_PROFILE` (default `default`) in
//! `AWS_SHARED_CREDENTIALS_FILE` (`~/.aws/credentials`) and
//! `AWS_CONFIG_FILE` (`~/.aws/config`, where sections are `[profile NAME]`).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};

/// What a profile may set; environment variables take precedence.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Profile {
    /// `aws_access_key_id`.
    pub access_key_id: Option<String>,
    /// `aws_secret_access_key`.
    pub secret_access_key: Option<String>,
    /// `aws_session_token`.
    pub session_token: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `endpoint_url`, for S3-compatible services.
    pub endpoint_url: Option<String>,
}

impl Profile {
    /// The selected profile, or None when neither file has it (an explicitly
    /// named profile that is nowhere is an error).
    pub fn load() -> Result<Option<Profile>> {
        let named = std::env::var("AWS_PROFILE").ok();
        let name = named.clone().unwrap_or_else(|| "default".into());
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let file = |var: &str, rel: &str| {
            std::env::var_os(var)
                .map(PathBuf::from)
                .or_else(|| home.as_ref().map(|h| h.join(rel)))
        };
        let mut found = false;
        let mut profile = Profile::default();
        let config_section = if name == "default" {
            "default".to_string()
        } else {
            format!("profile {name}")
        };
        for (path, section) in [
            (
                file("AWS_SHARED_CREDENTIALS_FILE", ".aws/credentials"),
                name.clone(),
            ),
            (file("AWS_CONFIG_FILE", ".aws/config"), config_section),
        ] {
            let Some(path) = path else { continue };
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
            };
            found |= profile.read_section(&text, &section);
        }
        match (found, named) {
            (true, _) => Ok(Some(profile)),
            (false, Some(n)) => {
                bail!("AWS_PROFILE names {n:?}, which no AWS configuration file defines")
            }
            (false, None) => Ok(None),
        }
    }

    /// Takes the keys of `[section]` not already set; true if it exists.
    fn read_section(&mut self, text: &str, section: &str) -> bool {
        let mut inside = false;
        let mut found = false;
        for line in text.lines() {
            let line = line.trim();
            if line.starts_with('#') || line.starts_with(';') || line.is_empty() {
                continue;
            }
            if let Some(head) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                inside = head.trim() == section;
                found |= inside;
                continue;
            }
            let Some((key, value)) = line.split_once('=').filter(|_| inside) else {
                continue;
            };
            let value = Some(value.trim().to_string());
            let slot = match key.trim() {
                "aws_access_key_id" => &mut self.access_key_id,
                "aws_secret_access_key" => &mut self.secret_access_key,
                "aws_session_token" => &mut self.session_token,
                "region" => &mut self.region,
                "endpoint_url" => &mut self.endpoint_url,
                _ => continue,
            };
            if slot.is_none() {
                *slot = value;
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_gives_its_keys_and_nothing_from_others() {
        let text = "[default]\naws_access_key_id = A\n\n[profile ops]\nregion = eu-west-3\n\
                    endpoint_url=http://127.0.0.1:3900\n# comment\naws_secret_access_key = S\n";
        let mut p = Profile::default();
        assert!(p.read_section(text, "profile ops"));
        assert_eq!(p.region.as_deref(), Some("eu-west-3"));
        assert_eq!(p.endpoint_url.as_deref(), Some("http://127.0.0.1:3900"));
        assert_eq!(p.secret_access_key.as_deref(), Some("S"));
        assert_eq!(p.access_key_id, None);
        assert!(!Profile::default().read_section(text, "profile other"));
    }

    #[test]
    fn the_first_file_read_wins() {
        let mut p = Profile::default();
        p.read_section("[x]\nregion = a\n", "x");
        p.read_section("[x]\nregion = b\n", "x");
        assert_eq!(p.region.as_deref(), Some("a"));
    }
}
