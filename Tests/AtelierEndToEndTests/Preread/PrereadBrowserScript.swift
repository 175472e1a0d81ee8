/// The Python side of `PrereadBrowserTests`: opens the questionnaire from its file in headless
/// Chromium, fills every kind of box (a list of records too), saves, and prints what it typed,
/// what the page saved and the console's errors, as JSON.
enum PrereadBrowserScript {
    static let code = #"""
import json, sys
from playwright.sync_api import sync_playwright

page_path, answers_path, screenshot = sys.argv[1:4]
typed = {
    "contexte/intitule": "Projet <Phénix> & « cie »",
    "contexte/enjeux": "Tenir les délais.\nRecruter 40 techniciens.",
    "contexte/effectif": "1 250",
    "contexte/lancement": "2027-01-15",
    "contexte/reunion": "1h30",
    "contexte/budget_ok": True,
    "contexte/sponsor": "Claire Martin",
    "contexte/priorite": "moyenne",
    "contexte/sites": ["Lyon", "Grenoble", "Saint-Étienne"],
    "objectifs/objectifs": [
        {"intitule": "Réduire les délais de recrutement", "echeance": "2027-06-30"},
        {"intitule": "Fidéliser les nouveaux arrivants"},
    ],
}
out = {"errors": []}
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium")
    context = browser.new_context(accept_downloads=True, viewport={"width": 900, "height": 1000})
    # Nothing may leave the machine: any request other than the file itself is recorded.
    requests = []
    context.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file://") and not r.url.startswith("blob:") and not r.url.startswith("data:") else None)
    page = context.new_page()
    page.on("pageerror", lambda e: out["errors"].append(str(e)))
    page.on("console", lambda m: out["errors"].append(m.text) if m.type == "error" else None)
    page.goto("file://" + page_path)
    q = lambda item: page.locator(f'fieldset.question[data-item="{item}"]')
    out["questions"] = page.locator("fieldset.question").count()
    out["title"] = page.title()
    out["intro"] = page.locator(".intro p").first.inner_text()
    out["why"] = q("contexte/intitule").locator(".why").inner_text()
    q("contexte/intitule").locator("input").fill(typed["contexte/intitule"])
    q("contexte/enjeux").locator("textarea").fill(typed["contexte/enjeux"])
    q("contexte/effectif").locator("input").fill("douze")          # refused first
    q("contexte/lancement").locator("input").fill(typed["contexte/lancement"])
    q("contexte/reunion").locator("input").fill(typed["contexte/reunion"])
    q("contexte/budget_ok").locator('input[value="true"]').check()
    q("contexte/sponsor").locator("input").fill(typed["contexte/sponsor"])
    q("contexte/priorite").locator('input[value="moyenne"]').check()
    sites = q("contexte/sites")
    for i, site in enumerate(typed["contexte/sites"]):
        if i > 0: sites.locator("button.add").click()
        sites.locator("li.row input").nth(i).fill(site)
    records = q("objectifs/objectifs")
    records.locator('.rf[data-field="intitule"] input').nth(0).fill(typed["objectifs/objectifs"][0]["intitule"])
    records.locator('.rf[data-field="echeance"] input').nth(0).fill(typed["objectifs/objectifs"][0]["echeance"])
    records.locator("button.add").click()
    records.locator('.rf[data-field="intitule"] input').nth(1).fill(typed["objectifs/objectifs"][1]["intitule"])
    # A number that does not read as one is flagged, and nothing is saved.
    page.click("#save")
    out["refusedStatus"] = page.locator("#status").inner_text()
    out["flagged"] = q("contexte/effectif").locator('input[aria-invalid="true"]').count()
    q("contexte/effectif").locator("input").fill(typed["contexte/effectif"])
    page.screenshot(path=screenshot, full_page=True)
    with page.expect_download() as download:
        page.click("#save")
    download.value.save_as(answers_path)
    out["fileName"] = download.value.suggested_filename
    out["savedStatus"] = page.locator("#status").inner_text()
    # Reopened, the page finds the answers under way (kept in the browser).
    page.reload()
    out["restoredShown"] = page.locator("#restored").is_visible()
    out["restoredSites"] = page.locator('fieldset.question[data-item="contexte/sites"] li.row input').count()
    out["requests"] = requests
    browser.close()
out["typed"] = typed
print(json.dumps(out))
"""#
}
