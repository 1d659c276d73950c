# Загальне: шапка, підвал, налаштування, сторінки помилок.
app-name = Teilhabe Norderstedt
app-skip-link = Перейти до змісту
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Пропозиція міста Нордерштедт. Курси безкоштовні.
app-back = Назад
app-continue = Далі
app-loading = Завантаження …
app-error-title-prefix = Помилка
app-error-summary-title = Є проблема
app-error-network = Не вдалося встановити з’єднання. Будь ласка, спробуйте ще раз.
app-not-found-title = Такої сторінки немає
app-not-found-text = Можливо, посилання застаріле або в ньому помилка.
app-not-found-home = На головну сторінку

app-read-aloud = Прочитати вголос
app-footer-nav-label = Інші сторінки

settings-open = Налаштування
settings-title = Мова і вигляд
settings-language = Мова
settings-text-size = Розмір шрифту
settings-text-normal = Звичайний
settings-text-large = Великий
settings-text-largest = Дуже великий
settings-display = Вигляд
settings-contrast = Високий контраст
settings-motion = Менше руху
settings-close = Готово

help-title = Допомога телефоном або особисто
help-intro = Вам зручніше поговорити з людиною? Бюро програми охоче Вам допоможе. Ми можемо також записати Вас на курс.
help-phone-label = Телефон
help-phone-number = 040 535 95-0
help-email-label = Електронна пошта
help-email-address = teilhabe@norderstedt.de
help-hours-label = Години прийому
help-hours = З понеділка по п’ятницю з 9 до 12 години, у четвер також з 14 до 17 години
help-place-label = Особисто
help-place = Ратуша Нордерштедта (Rathaus), Rathausallee 50, бюро для громадян (Bürgerbüro) на першому поверсі

problem-not-found = Ми цього не знайшли.
problem-session-not-found = Такого курсу немає.
problem-session-exists = Такий курс уже є.
problem-session-invalid = Дані курсу не узгоджуються між собою.
problem-registration-closed = На цей курс більше не можна записатися. Він уже почався.
problem-waitlist-full = Список очікування на цей курс заповнений. Запишіться до списку зацікавлених: ми повідомимо Вам, коли з’явиться новий курс.
problem-booking-code-taken = Не вдалося. Будь ласка, спробуйте ще раз.
problem-booking-not-found = Запису з таким кодом немає. Будь ласка, перевірте код.
problem-booking-already-cancelled = Цей запис уже скасовано.
problem-invalid-input = Будь ласка, перевірте Ваші дані.
problem-idempotency-key-reused = Цей запит уже надіслано з іншими даними. Будь ласка, оновіть сторінку.
problem-invalid-json = Не вдалося прочитати запит.
problem-json-expected = Запит має бути у форматі JSON.
problem-bad-body = Не вдалося прочитати запит.
problem-method-not-allowed = Тут це зробити не можна.
problem-conflict = Зараз одночасно записується багато людей. Будь ласка, спробуйте ще раз.
problem-internal = У нас сталася помилка. Будь ласка, спробуйте пізніше або зателефонуйте нам.
problem-unavailable = Зараз ми не можемо нічого зберегти. Будь ласка, спробуйте ще раз за кілька секунд.
problem-feedback-not-yet = Курс ще не закінчився. Після курсу Ви зможете розповісти тут, як він пройшов.
problem-feedback-not-possible = За цим записом не можна залишити відгук: у Вас не було місця на курсі.
problem-feedback-given = Ви вже розповіли нам, як пройшов курс. Щиро дякуємо!

# Назви місяців стоять у родовому відмінку: вони потрібні лише в датах («3 грудня»).
date-weekday-1 = Понеділок
date-weekday-2 = Вівторок
date-weekday-3 = Середа
date-weekday-4 = Четвер
date-weekday-5 = П’ятниця
date-weekday-6 = Субота
date-weekday-7 = Неділя
date-month-1 = січня
date-month-2 = лютого
date-month-3 = березня
date-month-4 = квітня
date-month-5 = травня
date-month-6 = червня
date-month-7 = липня
date-month-8 = серпня
date-month-9 = вересня
date-month-10 = жовтня
date-month-11 = листопада
date-month-12 = грудня
date-long = { $weekday }, { $day } { $month }
date-time-range = з { $start } до { $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Цей курс скасовано.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = видалено
