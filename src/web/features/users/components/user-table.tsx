import { Link } from '@tanstack/react-router';
import { ROLE_CODES, ROLE_LABELS } from '../../../../domain/roles.ts';
import type { User } from '../../../../server/features/users/users.schemas.ts';
import { Table } from '../../../components/table.tsx';
import { usersTexts } from '../texts.ts';

const texts = usersTexts.list;

export function UserTable({ users }: { users: User[] }) {
  if (users.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      caption={texts.caption(users.length)}
      columns={[
        texts.columns.name,
        texts.columns.email,
        texts.columns.roles,
        texts.columns.organisations,
        texts.columns.status,
      ]}
    >
      {users.map((user) => (
        <tr className="utrecht-table__row" key={user.id}>
          <th scope="row" className="utrecht-table__cell">
            <Link
              to="/beheer/gebruikers/$userId"
              params={{ userId: user.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {user.name}
            </Link>
          </th>
          <td className="utrecht-table__cell">{user.email}</td>
          <td className="utrecht-table__cell">
            {ROLE_CODES.filter((role) => user.roles.includes(role))
              .map((role) => ROLE_LABELS[role])
              .join(', ')}
          </td>
          <td className="utrecht-table__cell">
            {user.organisations.length > 0
              ? user.organisations.map((o) => o.name).join(', ')
              : texts.none}
          </td>
          <td className="utrecht-table__cell">
            <span
              className={user.active ? 'sr-badge sr-badge--active' : 'sr-badge sr-badge--inactive'}
            >
              {user.active ? texts.active : texts.inactive}
            </span>
          </td>
        </tr>
      ))}
    </Table>
  );
}
