#!/usr/bin/env python3
"""Writes docs/events/asyncapi.yaml from the event payload records in contracts/ and the table below.

Usage (from the repository root): python3 docs/events/generate_asyncapi.py
The payload schemas come from the records' components, so the document cannot drift from contracts/;
run it again after changing a record and commit both.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
CONTRACTS = ROOT / "contracts/src/main/java/vn/ocop/contracts"
TARGET = ROOT / "docs/events/asyncapi.yaml"

# topic -> (owner service, description, [(event type, payload record, summary)])
CHANNELS = {
    "ocop.registry.subject.v1": ("registry-service", "Subjects (chủ thể OCOP); key = subjectId", [
        ("vn.ocop.subject.registered.v1", "SubjectRegistered", "A subject was registered (or imported)"),
        ("vn.ocop.subject.updated.v1", "SubjectUpdated", "A subject's record changed: old and new state"),
    ]),
    "ocop.registry.product.v1": ("registry-service", "Products (sản phẩm); key = productId", [
        ("vn.ocop.product.registered.v1", "ProductRegistered", "A product was registered (or imported)"),
        ("vn.ocop.product.updated.v1", "ProductUpdated", "A product's record changed: old and new state"),
        ("vn.ocop.product.status-changed.v1", "ProductUpdated", "A product was discontinued or resumed"),
    ]),
    "ocop.registry.certificate.v1": ("registry-service", "Certificates (giấy chứng nhận); key = certificateId", [
        ("vn.ocop.certificate.issued.v1", "CertificateIssued",
         "A certificate was issued from a recognition decision, or a historical one imported"),
        ("vn.ocop.certificate.status-changed.v1", "CertificateStatusChanged",
         "A certificate moved along its lifecycle (expiring, expired, superseded, suspended, revoked,"
         " reinstated)"),
        ("vn.ocop.certificate.expiry-reminder.v1", "CertificateExpiryReminder",
         "A reminder 180, 90 or 30 days before expiry was recorded"),
    ]),
    "ocop.rating.cycle.v1": ("rating-service", "Annual OCOP cycles; key = cycleId", [
        ("vn.ocop.cycle.opened.v1", "CycleOpened", "A province opened its annual cycle"),
        ("vn.ocop.cycle.step-changed.v1", "CycleStepChanged",
         "A cycle round moved to another of the six steps, or closed"),
    ]),
    "ocop.rating.registration.v1": ("rating-service",
                                    "Product ideas and business plans (steps 2-3); key = ideaId", [
        ("vn.ocop.idea.registered.v1", "IdeaRegistered", "A subject registered a product idea"),
        ("vn.ocop.idea.reviewed.v1", "IdeaReviewed", "An idea was accepted, returned or rejected"),
        ("vn.ocop.business-plan.reviewed.v1", "BusinessPlanReviewed",
         "A business plan was approved, returned or rejected"),
    ]),
    "ocop.rating.dossier.v1": ("rating-service", "Evaluation dossiers; key = dossierId", [
        ("vn.ocop.dossier.submitted.v1", "DossierSubmitted", "A dossier was submitted for evaluation"),
        ("vn.ocop.dossier.nominated.v1", "DossierNominated",
         "An evaluated product was forwarded to the next level"),
    ]),
    "ocop.rating.promotion.v1": ("rating-service", "Trade promotion (step 6); key = activityId", [
        ("vn.ocop.promotion.recorded.v1", "PromotionRecorded",
         "A fair, sales point or e-commerce listing was recorded"),
    ]),
    "ocop.rating.evaluation.v1": ("rating-service", "Council evaluations; key = dossierId", [
        ("vn.ocop.evaluation.completed.v1", "EvaluationCompleted", "A council finished scoring a dossier"),
    ]),
    "ocop.rating.recognition.v1": ("rating-service", "Recognition decisions; key = decisionId", [
        ("vn.ocop.recognition.decided.v1", "RecognitionDecided",
         "A competent People's Committee recognised a product at a star class"),
        ("vn.ocop.recognition.refused.v1", "RecognitionRefused",
         "The competent level refused recognition; a failed re-evaluation revokes on expiry"),
    ]),
    "ocop.plan.target.v1": ("plan-service", "Province plans (kế hoạch) and their targets; key = lineageId", [
        ("vn.ocop.plan.approved.v1", "PlanApproved", "A province's plan was approved (its first version)"),
        ("vn.ocop.plan.amended.v1", "PlanApproved",
         "An amendment of a plan was approved and replaces the version before it"),
    ]),
    "ocop.plan.report.v1": ("plan-service", "Progress reports (báo cáo tiến độ); key = reportId", [
        ("vn.ocop.plan.report-submitted.v1", "ProgressReportChanged",
         "A province submitted its progress report to the national office"),
        ("vn.ocop.plan.report-approved.v1", "ProgressReportChanged",
         "The national office approved a report; an annual one locks the province's year"),
        ("vn.ocop.plan.report-returned.v1", "ProgressReportChanged",
         "The national office returned a report for revision, with the reason"),
    ]),
}

JAVA_TYPES = {
    "String": {"type": "string"},
    "UUID": {"type": "string", "format": "uuid"},
    "LocalDate": {"type": "string", "format": "date"},
    "Instant": {"type": "string", "format": "date-time"},
    "BigDecimal": {"type": "number"},
    "int": {"type": "integer"},
    "Integer": {"type": "integer", "nullable": True},
    "long": {"type": "integer", "format": "int64"},
    "boolean": {"type": "boolean"},
    "Boolean": {"type": "boolean", "nullable": True},
}


def records():
    found = {}
    for path in sorted(CONTRACTS.rglob("*.java")):
        text = path.read_text(encoding="utf-8")
        # Every record of the file: a payload and the records nested in it (a plan's target lines).
        for m in re.finditer(r"public record (\w+)\((.*?)\)\s*\{", text, re.S):
            fields = []
            for part in re.split(r",\s*(?![^<]*>)", " ".join(m.group(2).split())):
                part = part.strip()
                if part:
                    java_type, name = part.rsplit(" ", 1)
                    fields.append((name, java_type))
            found[m.group(1)] = fields
    return found


def schema(java_type, known):
    if java_type in JAVA_TYPES:
        return dict(JAVA_TYPES[java_type])
    list_of = re.fullmatch(r"List<(\w+)>", java_type)
    if list_of:
        return {"type": "array", "items": schema(list_of.group(1), known)}
    if java_type in known:
        return {"$ref": f"#/components/schemas/{java_type}"}
    raise SystemExit(f"no schema for Java type {java_type}")


def yaml_value(value, indent):
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{k}:")
                lines.append(yaml_value(v, indent + 2))
            else:
                lines.append(f"{pad}{k}: {scalar(v)}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for v in value:
            if isinstance(v, dict):
                inner = yaml_value(v, indent + 2).lstrip()
                lines.append(f"{pad}- {inner}")
            else:
                lines.append(f"{pad}- {scalar(v)}")
        return "\n".join(lines)
    return pad + scalar(value)


def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list) and not v:
        return "[]"
    if isinstance(v, dict) and not v:
        return "{}"
    s = str(v)
    return "'" + s.replace("'", "''") + "'"


def main():
    known = records()
    used = set()
    channels, operations, messages = {}, {}, {}
    for topic, (owner, description, events) in CHANNELS.items():
        key = topic.replace(".", "_")
        channels[key] = {
            "address": topic,
            "description": description + f". Published by {owner} through its transactional outbox.",
            "messages": {t.replace(".", "_"): {"$ref": f"#/components/messages/{t.replace('.', '_')}"}
                         for t, _, _ in events},
        }
        operations["publish_" + key] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{key}"},
            "summary": f"{owner} publishes {topic}",
        }
        for event_type, payload, summary in events:
            used.add(payload)
            messages[event_type.replace(".", "_")] = {
                "name": event_type,
                "title": event_type,
                "summary": summary,
                "contentType": "application/cloudevents+json",
                "headers": {"$ref": "#/components/schemas/KafkaHeaders"},
                "payload": {
                    "type": "object",
                    "description": "CloudEvents 1.0 structured envelope; data is " + payload,
                    "required": ["specversion", "id", "source", "type", "subject", "time", "data"],
                    "properties": {
                        "specversion": {"type": "string", "const": "1.0"},
                        "id": {"type": "string", "format": "uuid"},
                        "source": {"type": "string", "examples": ["/ocop/" + owner]},
                        "type": {"type": "string", "const": event_type},
                        "subject": {"type": "string", "description": "the aggregate id (also the key)"},
                        "time": {"type": "string", "format": "date-time"},
                        "datacontenttype": {"type": "string", "const": "application/json"},
                        "data": {"$ref": f"#/components/schemas/{payload}"},
                    },
                },
            }
    # Nested records referenced by payloads are documented too.
    pending = list(used)
    while pending:
        name = pending.pop()
        for _, java_type in known[name]:
            inner = re.sub(r"List<(\w+)>", r"\1", java_type)
            if inner in known and inner not in used:
                used.add(inner)
                pending.append(inner)
    schemas = {
        "KafkaHeaders": {
            "type": "object",
            "properties": {
                "content-type": {"type": "string", "const": "application/cloudevents+json"},
                "ce_id": {"type": "string"},
                "ce_type": {"type": "string"},
                "x-request-id": {"type": "string", "description": "the HTTP request that caused it"},
            },
        }
    }
    for name in sorted(used):
        schemas[name] = {
            "type": "object",
            "description": f"vn.ocop.contracts record {name}. Payloads only grow: new optional fields,"
                           " never renamed or removed ones.",
            "properties": {field: schema(t, known) for field, t in known[name]},
        }
    doc = {
        "asyncapi": "3.0.0",
        "info": {
            "title": "OCOP suite events",
            "version": "1.0.0",
            "description": "Kafka topics of the OCOP suite, one per aggregate type and contract version."
                           " Key = aggregate id, so each aggregate's events stay in order. Consumers are"
                           " idempotent (consumed-event guard) and dead-letter unreadable events to"
                           " ocop.dlq.<service>. GENERATED by docs/events/generate_asyncapi.py from"
                           " contracts/: do not edit by hand.",
        },
        "defaultContentType": "application/cloudevents+json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas},
    }
    TARGET.write_text("# GENERATED by docs/events/generate_asyncapi.py: do not edit by hand.\n"
                      + yaml_value(doc, 0) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(channels)} channels, {len(messages)} messages, {len(schemas)} schemas")


if __name__ == "__main__":
    main()
