"""The demo's membership application form in three languages, and applications in different
states: an informal Ukrainian group (new), a registered foundation (accepted, its directory
page a draft) and a declined one."""

APPLICATION_PAGE = {
    "pl": {
        "title": "Dołącz do koalicji",
        "slug": "dolacz",
        "intro": [
            "Koalicja jest otwarta dla każdego, kto działa w grupie lub na rzecz grupy migrantów "
            "albo mniejszości narodowych i etnicznych. Nie musisz mieć zarejestrowanej "
            "organizacji.",
            "Wypełnienie formularza zajmie około 15 minut. Możesz pisać po polsku, ukraińsku lub "
            "angielsku.",
        ],
        "declaration": [
            "Działamy na rzecz równego traktowania, praw człowieka i dialogu między "
            "społecznościami.",
            "Dzielimy się wiedzą i informacjami, wspieramy się nawzajem i szanujemy niezależność "
            "każdej organizacji i grupy.",
            "Nie prowadzimy działalności politycznej ani religijnej w imieniu koalicji.",
        ],
        "thank_you_text": ["Dziękujemy! Otrzymaliśmy Twoje zgłoszenie."],
    },
    "uk": {
        "title": "Приєднатися до коаліції",
        "slug": "pryiednatysia",
        "intro": [
            "Коаліція відкрита для кожного, хто діє в групі або на користь групи мігрантів чи "
            "національних та етнічних меншин. Зареєстрована організація не потрібна.",
            "Заповнення форми займе близько 15 хвилин. Можна писати польською, українською або "
            "англійською.",
        ],
        "declaration": [
            "Ми діємо заради рівного ставлення, прав людини та діалогу між громадами.",
            "Ми ділимося знаннями та інформацією, підтримуємо одне одного і поважаємо "
            "незалежність кожної організації та групи.",
            "Ми не ведемо політичної чи релігійної діяльності від імені коаліції.",
        ],
        "thank_you_text": ["Дякуємо! Ми отримали вашу заявку."],
    },
    "en": {
        "title": "Join the coalition",
        "slug": "join",
        "intro": [
            "The coalition is open to anyone acting within or for a group of migrants or of "
            "national and ethnic minorities. You do not need a registered organisation.",
            "The form takes about 15 minutes. You can write in Polish, Ukrainian or English.",
        ],
        "declaration": [
            "We work for equal treatment, human rights and dialogue between communities.",
            "We share knowledge and information, support each other and respect the "
            "independence of every organisation and group.",
            "We do not carry out political or religious activity on behalf of the coalition.",
        ],
        "thank_you_text": ["Thank you! We have received your application."],
    },
}

APPLICATIONS = [
    {
        "status": "new",
        "language": "uk",
        "applicant_type": "informal-group",
        "name": "Українські мами Кракова",
        "communities": "Ukrainian refugees, mothers with children",
        "nationwide": False,
        "voivodeships": ["malopolskie"],
        "themes": ["education", "women"],
        "languages": ["uk", "pl", "ru"],
        "link": "https://facebook.example.org/ukr-mamy-krakow",
        "description": (
            "Ми неформальна група мам з України в Кракові. Організовуємо суботню школу для "
            "дітей і зустрічі для мам."
        ),
        "contact_name": "Оксана Мельник",
        "email": "oksana.melnyk@example.org",
        "phone": "+48 600 100 201",
        "email_language": "uk",
        "publish_contact": False,
        "days_ago": 2,
    },
    {
        "status": "accepted",
        "language": "pl",
        "applicant_type": "organisation",
        "name": "Fundacja Wspólny Stół",
        "krs": "0000123456",
        "communities": "Migranci z Azji Środkowej, Wietnamczycy",
        "nationwide": False,
        "voivodeships": ["mazowieckie", "lodzkie"],
        "themes": ["integration", "labour"],
        "languages": ["pl", "ru", "vi"],
        "link": "https://wspolny-stol.example.org",
        "description": (
            "Prowadzimy kawiarnię integracyjną i kursy zawodowe dla migrantów w Warszawie i Łodzi."
        ),
        "contact_name": "Marta Nowak",
        "email": "marta@wspolny-stol.example.org",
        "phone": "",
        "email_language": "pl",
        "publish_contact": True,
        "days_ago": 20,
    },
    {
        "status": "declined",
        "language": "en",
        "applicant_type": "organisation",
        "name": "Global Recruitment Partners Ltd",
        "communities": "Foreign workers",
        "nationwide": True,
        "voivodeships": [],
        "themes": ["labour"],
        "languages": ["en"],
        "link": "https://grp.example.org",
        "description": "We recruit workers from abroad for Polish companies.",
        "contact_name": "John Smith",
        "email": "john@grp.example.org",
        "phone": "",
        "email_language": "en",
        "publish_contact": False,
        "days_ago": 40,
        "decision_message": (
            "Thank you for your interest. The coalition brings together organisations and groups "
            "of migrants and minorities, and not businesses, so we cannot accept your "
            "application."
        ),
    },
]
