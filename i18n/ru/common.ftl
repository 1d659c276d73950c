# Общее: шапка, подвал, настройки, страницы ошибок.
app-name = Teilhabe Norderstedt
app-skip-link = Перейти к содержанию
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Предложение города Нордерштедт. Курсы бесплатные.
app-back = Назад
app-continue = Дальше
app-loading = Загрузка …
app-error-title-prefix = Ошибка
app-error-summary-title = Есть проблема
app-error-network = Не удалось установить соединение. Пожалуйста, попробуйте ещё раз.
app-not-found-title = Такой страницы нет
app-not-found-text = Возможно, ссылка устарела или в ней ошибка.
app-not-found-home = На главную страницу

app-read-aloud = Прочитать вслух
app-footer-nav-label = Другие страницы

settings-open = Настройки
settings-title = Язык и вид
settings-language = Язык
settings-text-size = Размер шрифта
settings-text-normal = Обычный
settings-text-large = Крупный
settings-text-largest = Очень крупный
settings-display = Вид
settings-contrast = Высокий контраст
settings-motion = Меньше движения
settings-close = Готово

help-title = Помощь по телефону или лично
help-intro = Вам удобнее поговорить с человеком? Бюро программы с радостью Вам поможет. Мы можем и записать Вас на курс.
help-phone-label = Телефон
help-phone-number = 040 535 95-0
help-email-label = Электронная почта
help-email-address = teilhabe@norderstedt.de
help-hours-label = Часы приёма
help-hours = С понедельника по пятницу с 9 до 12 часов, в четверг также с 14 до 17 часов
help-place-label = Лично
help-place = Ратуша Нордерштедта (Rathaus), Rathausallee 50, бюро для граждан (Bürgerbüro) на первом этаже

problem-not-found = Мы этого не нашли.
problem-session-not-found = Такого курса нет.
problem-session-exists = Такой курс уже есть.
problem-session-invalid = Данные курса не согласуются друг с другом.
problem-registration-closed = На этот курс больше нельзя записаться. Он уже начался.
problem-waitlist-full = Лист ожидания на этот курс заполнен. Запишитесь в список интересующихся: мы сообщим Вам, когда появится новый курс.
problem-booking-code-taken = Не получилось. Пожалуйста, попробуйте ещё раз.
problem-booking-not-found = Записи с таким кодом нет. Пожалуйста, проверьте код.
problem-booking-already-cancelled = Эта запись уже отменена.
problem-invalid-input = Пожалуйста, проверьте Ваши данные.
problem-idempotency-key-reused = Этот запрос уже был отправлен с другими данными. Пожалуйста, обновите страницу.
problem-invalid-json = Не удалось прочитать запрос.
problem-json-expected = Запрос должен быть в формате JSON.
problem-bad-body = Не удалось прочитать запрос.
problem-method-not-allowed = Здесь это сделать нельзя.
problem-conflict = Сейчас одновременно записывается много людей. Пожалуйста, попробуйте ещё раз.
problem-internal = У нас произошла ошибка. Пожалуйста, попробуйте позже или позвоните нам.
problem-unavailable = Сейчас мы не можем ничего сохранить. Пожалуйста, попробуйте ещё раз через несколько секунд.
problem-feedback-not-yet = Курс ещё не закончился. После курса Вы сможете рассказать здесь, как он прошёл.
problem-feedback-not-possible = По этой записи нельзя оставить отзыв: у Вас не было места на курсе.
problem-feedback-given = Вы уже рассказали нам, как прошёл курс. Большое спасибо!

# Названия месяцев стоят в родительном падеже: они нужны только в датах («3 декабря»).
date-weekday-1 = Понедельник
date-weekday-2 = Вторник
date-weekday-3 = Среда
date-weekday-4 = Четверг
date-weekday-5 = Пятница
date-weekday-6 = Суббота
date-weekday-7 = Воскресенье
date-month-1 = января
date-month-2 = февраля
date-month-3 = марта
date-month-4 = апреля
date-month-5 = мая
date-month-6 = июня
date-month-7 = июля
date-month-8 = августа
date-month-9 = сентября
date-month-10 = октября
date-month-11 = ноября
date-month-12 = декабря
date-long = { $weekday }, { $day } { $month }
date-time-range = с { $start } до { $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Этот курс отменён.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = удалено
