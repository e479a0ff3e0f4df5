"""The kiosk in the demo: its staff PIN, and a few visitors of the first centre waiting to be called back.

The visitors are fictitious; their names and phones are sealed to the key the demo's desks publish,
as the kiosk seals a real visitor's, so the centre's Callback requests tab has something to reveal and
mark, and a kiosk on the demo database takes requests at once. Their consent is the sentence the kiosk
shows in the language the demo is made in. Nothing here goes through the services: like the rest of
the demo it leaves no audit entries.
"""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from silvershop.catalog.models import Product, ProductStatus
from silvershop.centres.models import DisplayItem, InterestRequest
from silvershop.config import local_today
from silvershop.demo.accounts import DEMO_KIOSK_PIN
from silvershop.demo.centres import CentreFacts
from silvershop.demo.run import DemoRun, Row
from silvershop.demo.vocabulary import FEMALE_GIVEN, MALE_GIVEN, MOBILE_PREFIXES, SURNAMES
from silvershop.i18n import translate
from silvershop.kiosk.callbacks import CONSENT, NAME_PURPOSE, PHONE_PURPOSE
from silvershop.kiosk.pin import tidy_pin
from silvershop.security import settings
from silvershop.security.models import Setting
from silvershop.security.passwords import hash_password
from silvershop.security.sealed import publish_sealing_key, seal, sealing_key

VISITORS = 3


def set_kiosk_pin(run: DemoRun) -> None:
    """The demo kiosk's PIN, unless the database has one of its own."""
    if settings.get(run.session, settings.KIOSK_PIN):
        return
    digest = hash_password(tidy_pin(DEMO_KIOSK_PIN))
    run.session.add(Setting(key=settings.KIOSK_PIN, value=json.dumps(digest)))


def make_callback_requests(run: DemoRun, centre: CentreFacts) -> int:
    """Visitors of `centre` who asked about products on show there (one of them about nothing in
    particular), all still waiting for a call; how many were written.

    They asked in the last few days before the real today, not the demo's: requests nobody called
    back are deleted after `kiosk.callback_days`, and a demo opened a month after it was made should
    still have visitors waiting."""
    rng, vault = run.rng, run.vault
    publish_sealing_key(run.session, vault)
    key = sealing_key(vault)
    consent = translate("kiosk", CONSENT)
    products = list(
        run.session.scalars(
            select(Product.id)
            .join(DisplayItem, DisplayItem.product_id == Product.id)
            .where(DisplayItem.centre_id == centre.id, Product.status == ProductStatus.LISTED)
            .order_by(Product.id)
            .distinct()
        )
    )
    rows: list[Row] = []
    for index in range(VISITORS):
        name = rng.choice(SURNAMES) + rng.choice(MALE_GIVEN if run.chance(0.5) else FEMALE_GIVEN)
        if index == VISITORS - 1:  # someone who gave the number at home
            phone = f"0510-8{rng.randrange(10**6, 10**7):07d}"
        else:
            phone = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        rows.append(
            {
                "centre_id": centre.id,
                "product_id": rng.choice(products) if products and index else None,
                "name_enc": seal(key, name, purpose=NAME_PURPOSE),
                "phone_enc": seal(key, phone, purpose=PHONE_PURPOSE),
                "consent_text": consent,
                "at": run.during_hours(local_today() - timedelta(days=rng.randint(1, 3))),
                "key_id": key.key_id,
            }
        )
    run.insert(InterestRequest.__table__, rows)
    return len(rows)
