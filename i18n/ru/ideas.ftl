# The ideas store (Ideenspeicher).

problem-idea-step = Этот шаг не подходит к тому, на каком этапе сейчас идея.
problem-idea-supported = Вы уже поддерживаете эту идею. Спасибо!
