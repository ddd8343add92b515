//! Graders managing invitations, on each backend: a new link replaces the
//! old, revoking and deleting, one invitation per email, and accommodations
//! (extra time before or during the attempt, an expiry), each audit-logged.

use crate::harness::{Backend, Server};
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};
use service::config::Settings;

crate::on_both_backends!(
    links_are_replaced_revoked_and_deleted,
    one_invitation_per_email,
    extra_time_and_expiry,
);

async fn invitation_id(server: &Server, assessment: i64, name: &str) -> i64 {
    let (_, list) = server
        .call(
            Method::GET,
            &format!("/api/assessments/{assessment}/invitations"),
            Some(&server.admin),
            None,
        )
        .await;
    list["invitations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["name"] == name)
        .unwrap_or_else(|| panic!("no invitation of {name}: {list}"))["id"]
        .as_i64()
        .unwrap()
}

async fn audit_actions(server: &Server) -> Vec<String> {
    sqlx::query_scalar("SELECT action FROM audit_log WHERE action LIKE 'invitation.%' ORDER BY id")
        .fetch_all(&server.service.store.pool)
        .await
        .unwrap()
}

async fn links_are_replaced_revoked_and_deleted(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (assessment, old) = server.invited("Ada").await;
    let ada = invitation_id(&server, assessment, "Ada").await;
    let (status, _) = server.call(Method::POST, "/api/attempt/start", Some(&old), None).await;
    assert_eq!(status, StatusCode::OK);

    // A new link: the old one stops working, the attempt is the same.
    let (status, renewed) = server
        .call(
            Method::POST,
            &format!("/api/invitations/{ada}/link"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{renewed}");
    let new = renewed["token"].as_str().unwrap().to_string();
    assert!(renewed["url"].as_str().unwrap().ends_with(&new));
    let (status, _) = server.call(Method::GET, "/api/attempt", Some(&old), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old link is dead");
    let (status, view) = server.call(Method::GET, "/api/attempt", Some(&new), None).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(view["attempt"]["state"], "in_progress", "the attempt carries on");

    // Revoked: the link opens nothing, saying why; the row stays in results.
    let (status, revoked) = server
        .call(
            Method::POST,
            &format!("/api/invitations/{ada}/revoke"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{revoked}");
    assert!(revoked["revoked_at"].is_string());
    let (status, refused) = server.call(Method::GET, "/api/attempt", Some(&new), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(refused["error"].as_str().unwrap().contains("withdrawn"), "{refused}");
    let (_, results) = server.results(assessment).await;
    assert_eq!(results["candidates"].as_array().unwrap().len(), 1);

    // A started invitation is not deleted; an unstarted one is.
    let (status, refused) = server
        .call(
            Method::DELETE,
            &format!("/api/invitations/{ada}"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert!(refused["error"].as_str().unwrap().contains("revoke it instead"));
    server.invite(assessment, "Grace").await;
    let grace = invitation_id(&server, assessment, "Grace").await;
    let (status, _) = server
        .call(
            Method::DELETE,
            &format!("/api/invitations/{grace}"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = server
        .call(
            Method::DELETE,
            &format!("/api/invitations/{grace}"),
            Some(&server.admin),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Authors may not manage invitations.
    let author = server.token("author").await;
    let (status, _) = server
        .call(
            Method::POST,
            &format!("/api/invitations/{ada}/link"),
            Some(&author),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        audit_actions(&server).await,
        [
            "invitation.create",
            "invitation.link",
            "invitation.revoke",
            "invitation.create",
            "invitation.delete"
        ]
    );
}

async fn one_invitation_per_email(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (assessment, _) = server.invited("Ada").await;
    let again = json!({"name": "Ada L.", "email": "ADA@example.com "});
    let (status, refused) = server
        .call(
            Method::POST,
            &format!("/api/assessments/{assessment}/invitations"),
            Some(&server.admin),
            Some(again.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert!(refused["error"].as_str().unwrap().contains("/link"), "{refused}");
    // Another assessment takes her.
    let other = server.assessment().await;
    let (status, _) = server
        .call(
            Method::POST,
            &format!("/api/assessments/{other}/invitations"),
            Some(&server.admin),
            Some(again),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (_, results) = server.results(assessment).await;
    assert_eq!(results["candidates"].as_array().unwrap().len(), 1);
}

/// The candidate's deadline, as the attempt says.
async fn deadline(server: &Server, candidate: &str) -> i64 {
    let (_, view) = server.call(Method::GET, "/api/attempt", Some(candidate), None).await;
    ::service::store::parse_rfc3339(view["attempt"]["deadline"].as_str().unwrap()).unwrap()
}

async fn patch(server: &Server, invitation: i64, body: Value) -> (StatusCode, Value) {
    server
        .call(
            Method::PATCH,
            &format!("/api/invitations/{invitation}"),
            Some(&server.admin),
            Some(body),
        )
        .await
}

async fn extra_time_and_expiry(backend: Backend) {
    let server = Server::start(backend, 0, Settings::default()).await;
    let (assessment, ada) = server.invited("Ada").await; // 60 minutes
    let id = invitation_id(&server, assessment, "Ada").await;

    // Before the start: 25 % and 5 minutes more, shown on her landing page.
    let (status, terms) = patch(&server, id, json!({"extra_percent": 25, "extra_minutes": 5})).await;
    assert_eq!(status, StatusCode::OK, "{terms}");
    assert_eq!(terms["time_allowed_minutes"], 80.0);
    let (_, view) = server.call(Method::GET, "/api/attempt", Some(&ada), None).await;
    assert_eq!(view["assessment"]["time_allowed_minutes"], 80.0);
    let (_, attempt) = server.call(Method::POST, "/api/attempt/start", Some(&ada), None).await;
    let started = ::service::store::parse_rfc3339(attempt["started_at"].as_str().unwrap()).unwrap();
    assert_eq!(deadline(&server, &ada).await - started, 80 * 60_000);

    // During the attempt: the deadline moves at once, and the live stream says so.
    let (status, terms) = patch(&server, id, json!({"extra_minutes": 35})).await;
    assert_eq!(status, StatusCode::OK, "{terms}");
    assert_eq!(deadline(&server, &ada).await - started, 110 * 60_000);
    server.call(Method::POST, "/api/attempt/finish", Some(&ada), None).await;
    let (_, events) = server
        .call_text(Method::GET, "/api/attempt/events", Some(&ada), None)
        .await;
    let sent: Vec<(String, Value)> = crate::harness::events(&events);
    assert!(
        sent.iter()
            .any(|(name, data)| name == "attempt" && data["deadline"] == terms["deadline"]),
        "{events}"
    );

    // Over: no more extra time; bad values are refused, nothing changed.
    let (status, refused) = patch(&server, id, json!({"extra_minutes": 50})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    for bad in [
        json!({"extra_percent": -1}),
        json!({"extra_minutes": 100000}),
        json!({"expires_at": "soon"}),
        json!({"extra": 1}),
    ] {
        let (status, refused) = patch(&server, id, bad.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}: {refused}");
    }
    assert_eq!(deadline(&server, &ada).await - started, 110 * 60_000);

    // A time cut below what has already run is refused.
    let grace = server.invite(assessment, "Grace").await;
    let grace_id = invitation_id(&server, assessment, "Grace").await;
    patch(&server, grace_id, json!({"extra_minutes": 30})).await;
    server
        .call(Method::POST, "/api/attempt/start", Some(&grace), None)
        .await;
    sqlx::query("UPDATE attempts SET started_at = started_at - $1, deadline = deadline - $1 WHERE invitation_id = $2")
        .bind(70 * 60_000i64)
        .bind(grace_id)
        .execute(&server.service.store.pool)
        .await
        .unwrap();
    let (status, refused) = patch(&server, grace_id, json!({"extra_minutes": 0})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");

    // Expiry: not started by then, not started at all.
    let bo = server.invite(assessment, "Bo").await;
    let bo_id = invitation_id(&server, assessment, "Bo").await;
    let past = ::service::store::rfc3339(::service::store::now_ms() - 1000);
    let (status, _) = patch(&server, bo_id, json!({"expires_at": past})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, refused) = server.call(Method::POST, "/api/attempt/start", Some(&bo), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(refused["error"].as_str().unwrap().contains("expired"), "{refused}");
    let (status, _) = patch(&server, bo_id, json!({"expires_at": null})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = server.call(Method::POST, "/api/attempt/start", Some(&bo), None).await;
    assert_eq!(status, StatusCode::OK, "no expiry any more");

    let detail: String = sqlx::query_scalar(
        "SELECT detail FROM audit_log WHERE action = 'invitation.terms' ORDER BY id LIMIT 1 OFFSET 1",
    )
    .fetch_one(&server.service.store.pool)
    .await
    .unwrap();
    let detail: Value = serde_json::from_str(&detail).unwrap();
    assert_eq!(detail["before"]["extra_minutes"], 5);
    assert_eq!(detail["after"]["extra_minutes"], 35);
    assert!(detail["deadline"]["to"].is_string(), "{detail}");
}
