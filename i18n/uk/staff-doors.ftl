# Біля входу і після: реєстрація приходу, ті, хто прийшов без запису, введення паперових списків.
# Цей файл завантажує лише застосунок команди.

doors-nav = Біля входу
doors-title = Біля входу
doors-intro = Виберіть сьогоднішній курс. Там ви відмічаєте учасників за кодом запису і рахуєте тих, хто прийшов без запису.
doors-today = Сьогодні
doors-today-none = Сьогодні курсів немає.
doors-earlier = Останні два тижні
doors-back = Назад до вибору курсу
doors-back-to-door = Назад до реєстрації приходу
doors-check-in-title = Реєстрація приходу: { $title }
doors-present = { $count ->
    [0] Поки нікого немає
    [one] { $count } людина прийшла
    [few] { $count } людини прийшли
   *[other] { $count } людей прийшли
}
doors-code-label = Код запису
doors-code-hint = Наприклад, K7P-4MN. Великими чи малими літерами, з дефісом чи без.
doors-code-empty = Будь ласка, введіть код запису.
doors-check-in = Відмітити прихід
doors-scan = Сканувати камерою
doors-scan-stop = Зупинити сканування
doors-scan-failed = Не вдалося увімкнути камеру. Будь ласка, введіть код.
doors-checked-in = { $name } відмічено.
doors-walk-in-title = Прийшли без запису
doors-walk-in-hint = Достатньо імені та району. Кожну людину рахують один раз.
doors-first-name = Ім'я
doors-district = Район
doors-district-optional = Район (якщо вказано)
doors-district-choose = Виберіть район
doors-district-none = не вказано
doors-walk-in-add = Порахувати людину
doors-walked-in = { $name } пораховано.
doors-expected-title = Записалися
doors-expected-none = На цей курс ніхто не записався.
doors-drop-in-note = Відкрита консультація: тут ніхто не записується. Рахуйте всіх, хто прийшов, вище, у розділі «Прийшли без запису».
doors-here = тут
doors-not-yet = ще не прийшов
doors-walk-ins-title = Без запису
doors-source-door = біля входу
doors-source-paper = з паперового списку
doors-sheet-link = Надрукувати паперовий список і картку відгуку
doors-paper-link = Внести паперовий список і картки
doors-sheet-title = Список присутніх
doors-sheet-hint = На випадок, якщо планшет не працює: надрукуйте список і картку відгуку.
doors-print = Друк
doors-sheet-caption = Будь ласка, впишіть своє ім'я.
doors-sheet-name = Ім'я
doors-sheet-district = Район
doors-sheet-here = Підпис
doors-card-title = Як пройшов курс?
doors-card-rating-question = Позначте одне обличчя.
doors-card-helped-question = Курс Вам допоміг?
doors-rating-1 = дуже погано
doors-rating-2 = погано
doors-rating-3 = так собі
doors-rating-4 = добре
doors-rating-5 = дуже добре
doors-helped-yes = Так
doors-helped-partly = Частково
doors-helped-no = Ні
doors-paper-title = Внести папір: { $title }
doors-paper-lines-title = Рядки списку присутніх
doors-paper-lines-hint = Введіть одне ім'я. Схожі записи буде запропоновано; ви вирішуєте, чи це та сама людина.
doors-paper-name = Ім'я у списку
doors-paper-name-empty = Будь ласка, введіть ім'я зі списку.
doors-paper-find = Далі
doors-proposals-title = Хто такий «{ $name }»?
doors-proposals-hint = Це хтось із записаних?
doors-proposals-none = Схожих записів не знайдено.
doors-proposal-confirm = Це { $name } (бронювання { $code })
doors-proposal-attended = Вже відмічено.
doors-proposal-keep-apart = Інша людина: порахувати без запису
doors-cards-title = Картки відгуків
doors-cards-count = { $count ->
    [0] Ще не внесено жодної картки.
    [one] Внесено { $count } картку.
    [few] Внесено { $count } картки.
   *[other] Внесено { $count } карток.
}
doors-card-save = Зберегти картку
doors-card-saved = Картку збережено.
doors-feedback-from-paper = з них з паперових карток
doors-plan-format = Вид курсу
doors-plan-booked = Із записом і визначеною кількістю місць
doors-plan-drop-in = Відкрита консультація
doors-plan-drop-in-hint = Без запису, без місць, без списку очікування: усіх, хто прийшов, рахують біля входу.
doors-problem-already-checked-in = Цю людину вже відмічено.
doors-problem-check-in-not-yet = Відмічати прихід можна за годину до початку.
doors-problem-unknown-walk-in = Людини без запису з таким записом на цьому курсі немає.
doors-problem-no-booking-needed = Це відкрита консультація, запис не потрібен. Просто приходьте.
