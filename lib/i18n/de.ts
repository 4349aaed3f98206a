import type { Messages } from "./en";

// Deutsche Texte.
export const de: Messages = {
  layout: {
    skip: "Zum Inhalt springen",
    sandbox: "Sandbox-Shop: keine echten Bestellungen oder Zahlungen.",
    shop: "Shop",
    cart: "Warenkorb",
    account: "Konto",
    signIn: "Anmelden",
    mainNav: "Hauptnavigation",
    footer: "Zahlungen werden sicher von BigCommerce abgewickelt.",
    notFoundTitle: "Seite nicht gefunden",
    notFoundText: "Wir konnten nicht finden, wonach Sie gesucht haben.",
  },
  confirmation: {
    title: "Bestellbestätigung",
    headline: {
      confirmed: (name, order) =>
        name
          ? `Vielen Dank, ${name}! Ihre Bestellung Nr. ${order} ist bestätigt.`
          : `Vielen Dank! Ihre Bestellung Nr. ${order} ist bestätigt.`,
      received: (name, order) =>
        name
          ? `Vielen Dank, ${name}! Wir haben Ihre Bestellung Nr. ${order} erhalten.`
          : `Vielen Dank! Wir haben Ihre Bestellung Nr. ${order} erhalten.`,
      incomplete: (_name, order) => `Ihre Bestellung Nr. ${order} ist noch nicht abgeschlossen`,
      declined: (_name, order) => `Die Zahlung für Bestellung Nr. ${order} wurde abgelehnt`,
      cancelled: (_name, order) => `Bestellung Nr. ${order} wurde storniert`,
      refunded: (_name, order) => `Bestellung Nr. ${order} wurde erstattet`,
      disputed: (_name, order) => `Bestellung Nr. ${order}: Die Zahlung wird angefochten`,
    },
    emailSent: "Eine Bestätigung wird gesendet an",
    orderNumber: "Bestellnummer",
    date: "Datum",
    status: "Status",
    email: "E-Mail",
    items: "Artikel",
    quantity: "Menge",
    options: "Optionen",
    summary: "Übersicht",
    subtotal: "Zwischensumme",
    discount: "Rabatt",
    shipping: "Versand",
    coupon: "Gutschein",
    handling: "Bearbeitungsgebühr",
    wrapping: "Geschenkverpackung",
    tax: "Steuer",
    taxIncluded: "Enthaltene Steuer",
    total: "Gesamt",
    giftCertificatePaid: "Bezahlt mit Geschenkgutschein",
    storeCreditPaid: "Bezahlt mit Guthaben",
    balance: "Von Ihrer Zahlungsart abgebucht",
    shipment: (n, of) => (of > 1 ? `Sendung ${n} von ${of}` : "Sendung"),
    shipsTo: "Lieferung an",
    pickup: "Abholung",
    pickupAt: "Abholen bei",
    pickupWhen: "Bereit",
    pickupInstructions: "So holen Sie ab",
    downloads: "Downloads",
    downloadsText: (email) =>
      `Die Download-Links für Ihre digitalen Artikel senden wir an ${email}, sobald Ihre Zahlung bestätigt ist.`,
    giftCertificates: "Geschenkgutscheine",
    giftCertificatesText: "Geschenkgutscheine werden per E-Mail an ihre Empfänger gesendet.",
    giftWrap: (name) => `Geschenkverpackung: ${name}`,
    lineSaving: "Rabatt",
    shippingAddress: "Lieferadresse",
    billingAddress: "Rechnungsadresse",
    shippingMethod: "Versandart",
    paymentMethod: "Zahlungsart",
    cardEnding: (brand, last4) => `${brand} mit Endziffern ${last4}`,
    comment: "Ihr Kommentar",
    print: "Beleg drucken",
    continueShopping: "Weiter einkaufen",
    noImage: "Kein Bild",
    createAccountTitle: "Ihre Daten für das nächste Mal speichern",
    createAccountText: (email) =>
      `Erstellen Sie ein Konto mit ${email}, um diese und künftige Bestellungen jederzeit zu sehen.`,
    createAccount: "Konto erstellen",
    fallbackTitle: (order) => `Bestellung Nr. ${order} wurde aufgegeben`,
    fallbackText:
      "Ihre Bestellung ist sicher. Wir können die Details gerade nicht laden, weil der Shop nicht antwortet. Bitte versuchen Sie es gleich noch einmal; Ihre Bestätigungs-E-Mail enthält die Details ebenfalls.",
    retry: "Erneut versuchen",
    uncheckedTitle: "Wir konnten Ihren Bestätigungslink gerade nicht prüfen",
    uncheckedText:
      "Der Shop antwortet gerade nicht. Ihre Bestellung ist davon nicht betroffen. Bitte versuchen Sie es gleich noch einmal; Ihre Bestätigungs-E-Mail enthält die Details ebenfalls.",
    notFoundTitle: "Wir können diese Bestellung nicht anzeigen",
    notFoundText:
      "Dieser Bestätigungslink ist ungültig. Wenn Sie bestellt haben, finden Sie die Details in Ihrer Bestätigungs-E-Mail.",
    spentTitle: "Dieser Bestätigungslink ist abgelaufen oder wurde bereits verwendet",
    spentText:
      "Zu Ihrer Sicherheit funktionieren Bestätigungslinks nur einmal und für begrenzte Zeit. Ihre Bestellung ist davon nicht betroffen: Ihre Bestätigungs-E-Mail enthält die Details.",
    spentSignIn: "Wenn Sie ein Konto haben,",
    spentSignInLink: "melden Sie sich an",
    spentSignInAfter:
      "um Ihre Bestellungen zu sehen. Andernfalls wenden Sie sich mit Ihrer Bestellnummer an den Shop.",
  },
  status: {
    0: ["Unvollständig", "Ihre Zahlung ist noch nicht abgeschlossen. Erst danach wird versendet."],
    1: ["Ausstehend", "Wir haben Ihre Bestellung und bearbeiten sie in Kürze."],
    2: ["Versendet", "Ihre Bestellung ist unterwegs."],
    3: ["Teilweise versendet", "Ein Teil Ihrer Bestellung ist unterwegs, der Rest folgt."],
    4: ["Erstattet", "Diese Bestellung wurde erstattet."],
    5: ["Storniert", "Diese Bestellung wurde storniert. Ihnen wurde nichts berechnet."],
    6: ["Abgelehnt", "Die Zahlung für diese Bestellung wurde abgelehnt."],
    7: [
      "Zahlung ausstehend",
      "Wir bearbeiten Ihre Bestellung, sobald Ihre Zahlung eingegangen ist.",
    ],
    8: ["Abholbereit", "Ihre Bestellung liegt zur Abholung bereit."],
    9: ["Versand ausstehend", "Ihre Bestellung ist verpackt und wird bald versendet."],
    10: ["Abgeschlossen", "Ihre Bestellung ist abgeschlossen. Viel Freude damit!"],
    11: [
      "In Bearbeitung",
      "Ihre Zahlung ist eingegangen. Wir bereiten Ihre Bestellung vor und benachrichtigen Sie per E-Mail, sobald sie versendet wird.",
    ],
    12: [
      "Manuelle Prüfung erforderlich",
      "Wir prüfen Ihre Bestellung und melden uns per E-Mail, sobald sie bestätigt ist.",
    ],
    13: [
      "Angefochten",
      "Zur Zahlung dieser Bestellung gibt es eine Rückfrage. Wir melden uns bei Ihnen.",
    ],
    14: ["Teilweise erstattet", "Ein Teil dieser Bestellung wurde erstattet."],
  },
};
