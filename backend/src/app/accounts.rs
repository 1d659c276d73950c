//! Staff accounts: logging in, opening (by the office or the command line), setting a
//! password with a one-time link, closing.

use super::{invalid, run, Error};
use crate::projections::staff::AccountRow;
use crate::state::AppState;
use crate::store::Metadata;
use teilhabe_events::staff::{AccountCommand, Email, Role};
use teilhabe_events::staff_api::Me;
use teilhabe_events::PersonName;

/// Who is logged in, with the principles an ambassador still has to accept.
#[tracing::instrument(skip_all)]
pub async fn me(state: &AppState, account: &AccountRow, csrf: &str) -> Result<Me, Error> {
    let principles_to_accept = if account.role == Role::Ambassador {
        let current = state.staff.principles().await?.map_or(0, |p| p.version);
        let accepted = state
            .staff
            .ambassador_of_account(&account.id)
            .await?
            .map_or(0, |a| a.principles_version);
        (current > accepted).then_some(current)
    } else {
        None
    };
    Ok(Me {
        account_id: account.id.clone(),
        name: account.name.clone(),
        email: account.email.clone(),
        role: account.role,
        csrf_token: csrf.to_owned(),
        principles_to_accept,
    })
}

/// Checks the password of the account `email` (for a request from `address`) and starts a
/// login session; answers its token and who logged in.
#[tracing::instrument(skip_all)]
pub async fn login(
    state: &AppState,
    email: &str,
    password: &str,
    address: std::net::IpAddr,
) -> Result<(String, Me), Error> {
    let now = state.clock.now().timestamp();
    let account = state
        .auth
        .login(&state.staff, email, password, &address.to_string(), now)
        .await?;
    let (token, csrf) = state.auth.start_session(&account.id, now).await?;
    let me = me(state, &account, &csrf).await?;
    Ok((token, me))
}

/// A staff account to open: who holds it and in what role.
pub struct NewAccount {
    pub name: PersonName,
    pub email: Email,
    pub role: Role,
}

/// Opens a staff account (its id follows from the e-mail address); answers the id.
#[tracing::instrument(skip_all, fields(role = account.role.slug()))]
pub async fn open(
    state: &AppState,
    account: NewAccount,
    metadata: Metadata,
) -> Result<String, Error> {
    let NewAccount { name, email, role } = account;
    let id = state.auth.account_id(&state.staff, &email).await?;
    run(
        state,
        &state.accounts,
        &id,
        AccountCommand::Open { email, name, role },
        metadata,
    )
    .await?;
    Ok(id)
}

/// Opens a staff account and issues the one-time token with which its holder sets the
/// password; answers the account's id and the token.
#[tracing::instrument(skip_all, fields(role = account.role.slug()))]
pub async fn open_with_link(
    state: &AppState,
    account: NewAccount,
    metadata: Metadata,
) -> Result<(String, String), Error> {
    let id = open(state, account, metadata).await?;
    let token = state
        .auth
        .issue_link(&id, state.clock.now().timestamp())
        .await?;
    Ok((id, token))
}

/// The office opens an account for the office or an auditor (ambassadors come in through an
/// application and its approval).
#[tracing::instrument(skip_all, fields(role = account.role.slug()))]
pub async fn open_by_office(
    state: &AppState,
    account: NewAccount,
    metadata: Metadata,
) -> Result<(String, String), Error> {
    if account.role == Role::Ambassador {
        return Err(invalid("role", "field-error-invalid"));
    }
    open_with_link(state, account, metadata).await
}

/// Sets the password of `account_id` to `password_hash`; whoever held the account before (a
/// session, another link) is out then.
#[tracing::instrument(skip_all)]
pub async fn set_password_hash(
    state: &AppState,
    account_id: &str,
    password_hash: String,
    metadata: Metadata,
) -> Result<(), Error> {
    run(
        state,
        &state.accounts,
        account_id,
        AccountCommand::SetPassword { password_hash },
        metadata,
    )
    .await?;
    state.auth.end_sessions_of(account_id).await?;
    Ok(())
}

/// Sets a password with the one-time token of a set-password link.
#[tracing::instrument(skip_all)]
pub async fn set_password_with_link(
    state: &AppState,
    token: &str,
    password: &str,
) -> Result<(), Error> {
    if token.len() != 64 {
        return Err(Error::LinkInvalid);
    }
    let now = state.clock.now().timestamp();
    let account_id = state
        .auth
        .redeem_link(token, now)
        .await?
        .ok_or(Error::LinkInvalid)?;
    let password_hash = state
        .auth
        .hash(password)
        .await
        .ok_or(Error::PasswordNotHashed)?;
    let metadata = Metadata::new_command(&format!("account:{account_id}"), "web");
    set_password_hash(state, &account_id, password_hash, metadata).await
}

/// Closes the staff account `account_id` and ends its sessions at once (the office, or
/// `teilhabe user close`); `false` when there is no such account.
#[tracing::instrument(skip(state, metadata))]
pub async fn close(state: &AppState, account_id: &str, metadata: Metadata) -> Result<bool, Error> {
    if state.staff.account(account_id).await?.is_none() {
        return Ok(false);
    }
    run(
        state,
        &state.accounts,
        account_id,
        AccountCommand::Close,
        metadata,
    )
    .await?;
    state.auth.end_sessions_of(account_id).await?;
    Ok(true)
}
