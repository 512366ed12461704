import { CalendarExceptionDay } from '@govopen/contracts';
import { addDays, dayOfWeek, formatChinaDate } from '@govopen/domain';
import { Tooltip } from 'antd';

interface MonthGridProps {
  year: number;
  month: number;
  exceptions: Map<string, CalendarExceptionDay>;
  today: string;
  onPick: (date: string) => void;
}

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

export function MonthGrid({ year, month, exceptions, today, onPick }: MonthGridProps) {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lead = (dayOfWeek(first) + 6) % 7;
  const days: string[] = [];
  for (let date = first; date.slice(5, 7) === first.slice(5, 7); date = addDays(date, 1)) days.push(date);
  return (
    <div>
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{month}月</div>
      <div className="month-grid">
        {WEEKDAYS.map((weekday) => (
          <div key={weekday} className="weekday">
            {weekday}
          </div>
        ))}
        {Array.from({ length: lead }, (_, index) => (
          <div key={`lead-${index}`} />
        ))}
        {days.map((date) => {
          const exception = exceptions.get(date);
          const weekday = dayOfWeek(date);
          const classes = ['day'];
          if (weekday === 0 || weekday === 6) classes.push('weekend');
          if (exception) classes.push(exception.working ? 'makeup' : 'holiday');
          if (date === today) classes.push('today');
          const label = exception ? `${exception.name ?? ''}（${exception.working ? '调休上班' : '放假'}）` : undefined;
          const cell = (
            <div
              key={date}
              className={classes.join(' ')}
              role="button"
              tabIndex={0}
              // The name starts with the number shown, so voice control users can say what they see.
              aria-label={`${Number(date.slice(8))} 日，${formatChinaDate(date)}${label ?? ''}`}
              data-date={date}
              onClick={() => onPick(date)}
              onKeyDown={(event) => event.key === 'Enter' && onPick(date)}
            >
              {Number(date.slice(8))}
            </div>
          );
          return label ? (
            <Tooltip key={date} title={label}>
              {cell}
            </Tooltip>
          ) : (
            cell
          );
        })}
      </div>
    </div>
  );
}
