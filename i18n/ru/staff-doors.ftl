# У входа и после: регистрация прихода, пришедшие без записи, ввод бумажных списков.
# Этот файл загружает только приложение команды.

doors-nav = У входа
doors-title = У входа
doors-intro = Выберите сегодняшний курс. Там вы отмечаете участников по коду бронирования и считаете тех, кто пришёл без записи.
doors-today = Сегодня
doors-today-none = Сегодня курсов нет.
doors-earlier = Последние две недели
doors-back = Назад к выбору курса
doors-back-to-door = Назад к регистрации прихода
doors-check-in-title = Регистрация прихода: { $title }
doors-present = { $count ->
    [0] Пока никого нет
    [one] { $count } человек пришёл
    [few] { $count } человека пришли
   *[other] { $count } человек пришли
}
doors-code-label = Код записи
doors-code-hint = Например, K7P-4MN. Большими или маленькими буквами, с дефисом или без.
doors-code-empty = Пожалуйста, введите код записи.
doors-check-in = Отметить приход
doors-scan = Сканировать камерой
doors-scan-stop = Остановить сканирование
doors-scan-failed = Не удалось включить камеру. Пожалуйста, введите код.
doors-checked-in = { $name } отмечен(а).
doors-walk-in-title = Пришли без записи
doors-walk-in-hint = Достаточно имени и района. Каждого считают один раз.
doors-first-name = Имя
doors-district = Район
doors-district-optional = Район (если указан)
doors-district-choose = Выберите район
doors-district-none = не указан
doors-walk-in-add = Посчитать человека
doors-walked-in = { $name } посчитан(а).
doors-expected-title = Записались
doors-expected-none = На этот курс никто не записался.
doors-drop-in-note = Открытая консультация: здесь никто не записывается. Считайте всех пришедших выше, в разделе «Пришли без записи».
doors-here = здесь
doors-not-yet = ещё не пришёл
doors-walk-ins-title = Без записи
doors-source-door = у входа
doors-source-paper = из бумажного списка
doors-sheet-link = Распечатать бумажный список и карточку отзыва
doors-paper-link = Внести бумажный список и карточки
doors-sheet-title = Список присутствующих
doors-sheet-hint = На случай, если планшет не работает: распечатайте список и карточку отзыва.
doors-print = Печать
doors-sheet-caption = Пожалуйста, впишите своё имя.
doors-sheet-name = Имя
doors-sheet-district = Район
doors-sheet-here = Подпись
doors-card-title = Как прошёл курс?
doors-card-rating-question = Отметьте одно лицо.
doors-card-helped-question = Курс Вам помог?
doors-rating-1 = очень плохо
doors-rating-2 = плохо
doors-rating-3 = так себе
doors-rating-4 = хорошо
doors-rating-5 = очень хорошо
doors-helped-yes = Да
doors-helped-partly = Частично
doors-helped-no = Нет
doors-paper-title = Внести бумагу: { $title }
doors-paper-lines-title = Строки списка присутствующих
doors-paper-lines-hint = Введите одно имя. Похожие записи будут предложены; вы решаете, тот же ли это человек.
doors-paper-name = Имя в списке
doors-paper-name-empty = Пожалуйста, введите имя из списка.
doors-paper-find = Далее
doors-proposals-title = Кто такой «{ $name }»?
doors-proposals-hint = Это один из записавшихся?
doors-proposals-none = Похожих записей не найдено.
doors-proposal-confirm = Это { $name } (бронирование { $code })
doors-proposal-attended = Уже отмечен(а).
doors-proposal-keep-apart = Другой человек: посчитать без записи
doors-cards-title = Карточки отзывов
doors-cards-count = { $count ->
    [0] Пока не внесено ни одной карточки.
    [one] Внесена { $count } карточка.
    [few] Внесено { $count } карточки.
   *[other] Внесено { $count } карточек.
}
doors-card-save = Сохранить карточку
doors-card-saved = Карточка сохранена.
doors-feedback-from-paper = из них с бумажных карточек
doors-plan-format = Вид курса
doors-plan-booked = С записью и определённым числом мест
doors-plan-drop-in = Открытая консультация
doors-plan-drop-in-hint = Без записи, без мест, без списка ожидания: всех пришедших считают у входа.
doors-problem-already-checked-in = Этот человек уже отмечен.
doors-problem-check-in-not-yet = Отмечать приход можно за час до начала.
doors-problem-unknown-walk-in = Человека без записи с такой записью на этом курсе нет.
doors-problem-no-booking-needed = Это открытая консультация, запись не нужна. Просто приходите.
